#include "core/PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace herald {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

bool hasLetters(const QString& input)
{
    for (const QChar c : input) {
        if (c.isLetter())
            return true;
    }
    return false;
}

} // namespace

QString PhoneNumberResult::message() const
{
    switch (problem) {
    case Problem::None:
        return isMobile ? QString()
                        : QCoreApplication::translate("PhoneNumber",
                            "This number looks like a fixed line, "
                            "which may not have WhatsApp.");
    case Problem::Empty:
        return QCoreApplication::translate("PhoneNumber", "No phone number was given.");
    case Problem::NotANumber:
        return QCoreApplication::translate(
            "PhoneNumber", "This is not a phone number: it contains letters or symbols.");
    case Problem::UnknownCountryCode:
        return QCoreApplication::translate("PhoneNumber", "The country code is unknown.");
    case Problem::TooShort:
        return QCoreApplication::translate("PhoneNumber", "The number is too short.");
    case Problem::TooLong:
        return QCoreApplication::translate("PhoneNumber", "The number is too long.");
    case Problem::Invalid:
        return QCoreApplication::translate("PhoneNumber", "No such number exists in %1's numbering plan.")
            .arg(region.isEmpty() ? QCoreApplication::translate("PhoneNumber", "that country") : region);
    }
    return {};
}

PhoneNumberNormalizer::PhoneNumberNormalizer(QString defaultRegion)
    : m_defaultRegion(std::move(defaultRegion))
{ }

PhoneNumberResult PhoneNumberNormalizer::normalize(const QString& input) const
{
    PhoneNumberResult result;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return result;
    if (hasLetters(trimmed)) {
        result.problem = PhoneNumberResult::Problem::NotANumber;
        return result;
    }

    // "00" is the international prefix in most of the world; libphonenumber only knows it relative
    // to the default region, so a number like 0037251234567 typed with a US default would fail.
    QString text = trimmed;
    if (text.startsWith(QLatin1String("00")))
        text = QLatin1Char('+') + text.mid(2);

    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto error = util.Parse(text.toStdString(), m_defaultRegion.toStdString(), &number);
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        result.problem = PhoneNumberResult::Problem::UnknownCountryCode;
        return result;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        result.problem = PhoneNumberResult::Problem::TooShort;
        return result;
    case PhoneNumberUtil::TOO_LONG_NSN:
        result.problem = PhoneNumberResult::Problem::TooLong;
        return result;
    case PhoneNumberUtil::NOT_A_NUMBER:
        result.problem = PhoneNumberResult::Problem::NotANumber;
        return result;
    }

    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    result.region = QString::fromStdString(region);

    switch (util.IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        result.problem = PhoneNumberResult::Problem::UnknownCountryCode;
        return result;
    case PhoneNumberUtil::TOO_SHORT:
        result.problem = PhoneNumberResult::Problem::TooShort;
        return result;
    case PhoneNumberUtil::TOO_LONG:
        result.problem = PhoneNumberResult::Problem::TooLong;
        return result;
    case PhoneNumberUtil::INVALID_LENGTH:
        result.problem = PhoneNumberResult::Problem::Invalid;
        return result;
    }
    if (!util.IsValidNumber(number)) {
        result.problem = PhoneNumberResult::Problem::Invalid;
        return result;
    }

    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    result.e164 = QString::fromStdString(formatted);
    const auto type = util.GetNumberType(number);
    result.isMobile = type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    result.problem = PhoneNumberResult::Problem::None;
    return result;
}

QString PhoneNumberNormalizer::regionForSystemLocale()
{
    const QString name = QLocale::system().name(); // "et_EE"
    const qsizetype sep = name.indexOf(QLatin1Char('_'));
    if (sep > 0 && name.size() - sep - 1 == 2)
        return name.mid(sep + 1).toUpper();
    return QStringLiteral("US");
}

} // namespace herald
