// Template files and campaign snapshots (src/core/TemplateJson.h): templatesFromJson() on any bytes
// and templateFromSnapshotJson() on the same text. Checked: writing a template read and reading it
// back settles after one round, in Meta's shape and as a snapshot (a campaign sends the same after a
// restart).
#include "FuzzInput.h"
#include "core/TemplateJson.h"

#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace {

using herald::Template;

std::optional<Template> throughMeta(const Template& tpl)
{
    return herald::templateFromMetaJson(herald::templateToMetaJson(tpl), nullptr);
}

std::optional<Template> throughSnapshot(const Template& tpl)
{
    return herald::templateFromSnapshotJson(herald::templateToSnapshotJson(tpl));
}

void checkSettles(const Template& tpl)
{
    const std::optional<Template> once = throughMeta(tpl);
    if (!once)
        herald::fuzz::violated(); // a template read once can always be read again
    const std::optional<Template> twice = throughMeta(*once);
    if (!twice || !(*twice == *once))
        herald::fuzz::violated();
    const std::optional<Template> snapshot = throughSnapshot(*once);
    if (!snapshot || !(*snapshot == *once))
        herald::fuzz::violated();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace herald;
    fuzz::silenceQt();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QStringList problems;
    for (const Template& tpl : templatesFromJson(bytes, &problems))
        checkSettles(tpl);
    if (const std::optional<Template> tpl = templateFromSnapshotJson(QString::fromUtf8(bytes)))
        checkSettles(*tpl);
    return 0;
}
