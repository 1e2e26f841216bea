#include "gui/ShortcutsDialog.h"

#include "ui_ShortcutsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QPushButton>

namespace herald {

ShortcutsDialog::ShortcutsDialog(const QList<Section>& sections, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    QTreeWidget* tree = m_ui->shortcutsTree;
    for (const Section& section : sections) {
        QList<QTreeWidgetItem*> rows;
        for (QAction* action : section.actions) {
            QStringList keys;
            for (const QKeySequence& key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            if (keys.isEmpty())
                continue;
            auto* row = new QTreeWidgetItem({ plainText(action->text()), keys.join(tr(" or ")) });
            row->setData(0, Qt::UserRole, action->objectName());
            rows.append(row);
        }
        if (rows.isEmpty())
            continue;
        // A heading row that cannot be chosen: screen readers still read it before its keys.
        auto* heading = new QTreeWidgetItem(tree, { section.title });
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setFirstColumnSpanned(true);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->addChildren(rows);
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
    tree->setCurrentItem(tree->topLevelItemCount() > 0 ? tree->topLevelItem(0)->child(0) : nullptr);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QString ShortcutsDialog::plainText(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                plain.append(text.at(++i)); // "&&" is a literal "&"
            continue;
        }
        plain.append(text.at(i));
    }
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    else if (plain.endsWith(QStringLiteral("...")))
        plain.chop(3);
    return plain;
}

QAction* addButtonShortcut(
    QWidget* owner, QAbstractButton* button, const QString& objectName, const QString& text, const QKeySequence& keys)
{
    auto* action = new QAction(text, owner);
    action->setObjectName(objectName);
    action->setShortcut(keys);
    QObject::connect(action, &QAction::triggered, button, [button] {
        if (button->isVisible() && button->isEnabled())
            button->click();
    });
    owner->addAction(action);
    // Said where the operator looks for it, in the button's tooltip.
    const QString key = keys.toString(QKeySequence::NativeText);
    button->setToolTip(button->toolTip().isEmpty()
            ? key
            : QCoreApplication::translate("herald::ShortcutsDialog", "%1 (%2)").arg(button->toolTip(), key));
    return action;
}

QWidget* placeInTabOrder(QWidget* after, QWidget* container)
{
    QList<QWidget*> stops;
    for (QWidget* w = container->nextInFocusChain(); w != container; w = w->nextInFocusChain()) {
        if (container->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            stops.append(w);
    }
    for (QWidget* stop : std::as_const(stops)) {
        QWidget::setTabOrder(after, stop);
        after = stop;
    }
    return after;
}

} // namespace herald
