<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CampaignText</name>
    <message numerus="yes">
        <source>about %Ln s</source>
        <translation>
            <numerusform>about %Ln s</numerusform>
            <numerusform>about %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln min</source>
        <translation>
            <numerusform>about %Ln min</numerusform>
            <numerusform>about %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln h</source>
        <translation>
            <numerusform>about %Ln h</numerusform>
            <numerusform>about %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <translation>
            <numerusform>%Ln unknown</numerusform>
            <numerusform>%Ln unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a number</source>
        <translation>
            <numerusform>%Ln without a number</numerusform>
            <numerusform>%Ln without a number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with an invalid number</source>
        <translation>
            <numerusform>%Ln with an invalid number</numerusform>
            <numerusform>%Ln with an invalid number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeating an earlier number</source>
        <translation>
            <numerusform>%Ln repeating an earlier number</numerusform>
            <numerusform>%Ln repeating an earlier number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the opt-out list</source>
        <translation>
            <numerusform>%Ln on the opt-out list</numerusform>
            <numerusform>%Ln on the opt-out list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a value Meta would refuse</source>
        <translation>
            <numerusform>%Ln with a value Meta would refuse</numerusform>
            <numerusform>%Ln with a value Meta would refuse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::CampaignDialog</name>
    <message numerus="yes">
        <source>%Ln will be sent.</source>
        <translation>
            <numerusform>%Ln will be sent.</numerusform>
            <numerusform>%Ln will be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped: %1.</source>
        <translation>
            <numerusform>%Ln skipped: %1.</numerusform>
            <numerusform>%Ln skipped: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::CampaignRunner</name>
    <message numerus="yes">
        <source>Cancelled by the operator; %n queued message(s) will not be sent.</source>
        <translation>
            <numerusform>Cancelled by the operator; %n queued message will not be sent.</numerusform>
            <numerusform>Cancelled by the operator; %n queued messages will not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider still holds %n scheduled message(s): %1</source>
        <translation>
            <numerusform>The provider still holds %n scheduled message: %1</numerusform>
            <numerusform>The provider still holds %n scheduled messages: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider still holds %n scheduled message(s) it could not cancel: %1</source>
        <translation>
            <numerusform>The provider still holds %n scheduled message it could not cancel: %1</numerusform>
            <numerusform>The provider still holds %n scheduled messages it could not cancel: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were not queued again: the number is now on the opt-out list (%1).</source>
        <translation>
            <numerusform>%n message was not queued again: the number is now on the opt-out list (%1).</numerusform>
            <numerusform>%n messages were not queued again: the number is now on the opt-out list (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed message(s) queued again by the operator.</source>
        <translation>
            <numerusform>%n failed message queued again by the operator.</numerusform>
            <numerusform>%n failed messages queued again by the operator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with an unknown outcome sent again at the operator&apos;s word.</source>
        <translation>
            <numerusform>%n message with an unknown outcome sent again at the operator&apos;s word.</numerusform>
            <numerusform>%n messages with an unknown outcome sent again at the operator&apos;s word.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued again one by one by the operator (%1).</source>
        <translation>
            <numerusform>%n message queued again one by one by the operator (%1).</numerusform>
            <numerusform>%n messages queued again one by one by the operator (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::DeliveryWidget</name>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) exported to %1.</source>
        <translation>
            <numerusform>%n message exported to %1.</numerusform>
            <numerusform>%n messages exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::MessageDetailPane</name>
    <message numerus="yes">
        <source>%n message(s) sent to %1, across campaigns and profiles.</source>
        <translation>
            <numerusform>%n message sent to %1, across campaigns and profiles.</numerusform>
            <numerusform>%n messages sent to %1, across campaigns and profiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) exported to %1.</source>
        <translation>
            <numerusform>%n message exported to %1.</numerusform>
            <numerusform>%n messages exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::RecipientsWidget</name>
    <message numerus="yes">
        <source>Remove %Ln selected row(s) from “%1”?</source>
        <translation>
            <numerusform>Remove %Ln selected row from “%1”?</numerusform>
            <numerusform>Remove %Ln selected rows from “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln list(s) with all their rows? Messages already sent are kept in Delivery.</source>
        <translation>
            <numerusform>Delete %Ln list with all their rows? Messages already sent are kept in Delivery.</numerusform>
            <numerusform>Delete %Ln lists with all their rows? Messages already sent are kept in Delivery.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::SuppressionWidget</name>
    <message numerus="yes">
        <source>%Ln not numbers (rows %1)</source>
        <translation>
            <numerusform>%Ln not a number (rows %1)</numerusform>
            <numerusform>%Ln not numbers (rows %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a number (rows %1)</source>
        <translation>
            <numerusform>%Ln without a number (rows %1)</numerusform>
            <numerusform>%Ln without a number (rows %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers on the opt-out list.</source>
        <translation>
            <numerusform>%Ln number on the opt-out list.</numerusform>
            <numerusform>%Ln numbers on the opt-out list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new numbers</source>
        <translation>
            <numerusform>%Ln new number</numerusform>
            <numerusform>%Ln new numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already on the list</source>
        <translation>
            <numerusform>%Ln already on the list</numerusform>
            <numerusform>%Ln already on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: %1.</source>
        <translation>
            <numerusform>%Ln row: %1.</numerusform>
            <numerusform>%Ln rows: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers exported to %1.</source>
        <translation>
            <numerusform>%Ln number exported to %1.</numerusform>
            <numerusform>%Ln numbers exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::TemplatesWidget</name>
    <message numerus="yes">
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n template.</numerusform>
            <numerusform>%n templates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) added, </source>
        <translation>
            <numerusform>%n template added, </numerusform>
            <numerusform>%n templates added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
</context>
</TS>
