#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <cstddef>
#include <cstdint>

/**
 * What every fuzz target shares: Qt's logging silenced, and a fuzz input cut into a few header
 * lines and a body. Inputs are text so the seeds stay readable and editable: a target that needs
 * an HTTP status or a header reads it from the first line(s), e.g. "201\n{…}".
 */
namespace herald::fuzz {

/// Qt's messages (qWarning from QJsonDocument, Herald's own categories) would drown libFuzzer's output.
inline void silenceQt()
{
    static const bool once = [] {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
        return true;
    }();
    Q_UNUSED(once);
}

class Input
{
public:
    Input(const std::uint8_t* data, std::size_t size)
        : m_data(reinterpret_cast<const char*>(data))
        , m_size(static_cast<qsizetype>(size))
    { }

    /**
     * The bytes up to the next '\n' (without it, and without a '\r' before it) when one comes
     * within @p max bytes; otherwise an empty line, and nothing is taken.
     */
    QByteArray line(qsizetype max)
    {
        for (qsizetype i = m_pos; i < m_size && i - m_pos <= max; ++i) {
            if (m_data[i] != '\n')
                continue;
            QByteArray text(m_data + m_pos, i - m_pos);
            if (text.endsWith('\r'))
                text.chop(1);
            m_pos = i + 1;
            return text;
        }
        return {};
    }

    /// The first line read as a number (an HTTP status, a count), @p otherwise when it is none.
    int number(int otherwise)
    {
        bool ok = false;
        const int value = line(16).trimmed().toInt(&ok);
        return ok ? value : otherwise;
    }

    /// Everything not taken yet.
    QByteArray rest() const { return QByteArray(m_data + m_pos, m_size - m_pos); }

private:
    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

/// A property of the code under test does not hold: a crash libFuzzer and the replay test both report.
[[noreturn]] inline void violated()
{
    __builtin_trap();
}

} // namespace herald::fuzz
