#pragma once

#include "gui/GuiServices.h"

#include <QWidget>
#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class TemplatesWidget;
}

namespace herald {

struct Template;
struct TemplateSyncReport;

/// The Templates pane: the library, searchable, with new, edit, duplicate and delete.
class TemplatesWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatesWidget(GuiServices services, QWidget* parent = nullptr);
    ~TemplatesWidget() override;

    void reload();
    /**
     * Adds or updates (same name and language) the templates in @p json, in Meta's shape or
     * Messente's template-API shape. Returns what happened in words, problems included.
     */
    QString importJson(const QByteArray& json);

Q_SIGNALS:
    /// The library changed here; other panes should reload it.
    void templatesChanged();

private:
    qint64 selectedTemplate() const;
    void addTemplate();
    void editTemplate();
    void duplicateTemplate();
    void deleteTemplate();
    void pasteJson();
    void copyJson();
    void updateButtons();
    /// Lists the Messente profiles whose templates can be synced; the chooser shows when there are several.
    void reloadSyncProfiles();
    qint64 syncProfile() const;
    void startSync();
    void showSyncProgress(qint64 profileId, int templatesRead);
    void showSyncResult(const TemplateSyncReport& report);
    /// "Last synced: …" for the chosen profile, and whether Sync can be pressed.
    void updateSyncState();
    /// Saves @p tpl and tells the operator in words if the name and language are taken.
    bool save(const Template& tpl);

    const std::unique_ptr<Ui::TemplatesWidget> m_ui;
    GuiServices m_services;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace herald
