// rawAnswerText(), which turns any provider answer or callback body into text for the operator
// (src/providers/RawAnswer.h): JSON re-indented, form bodies as JSON, credentials masked, the text
// bounded. Input: the character limit on the first line (kRawAnswerLimit when there is none), then
// the body. Checked: the text is empty exactly when the body is blank, and a cut text, note
// included, stays within a limit that leaves room for the note.
#include "FuzzInput.h"
#include "providers/RawAnswer.h"

#include <QString>
#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace herald;
    fuzz::silenceQt();
    fuzz::Input input(data, size);
    const qsizetype limit = std::clamp<qsizetype>(input.number(kRawAnswerLimit), 0, 1024 * 1024);
    const QByteArray body = input.rest();

    const QString text = rawAnswerText(body, limit);
    if (limit >= 256 && text.size() > limit)
        fuzz::violated();
    if (limit > 0 && body.trimmed().isEmpty() != text.isEmpty())
        fuzz::violated(); // empty exactly for a blank body (a limit of 0 may leave nothing)
    const QString plain = QString::fromUtf8(body);
    maskCredentials(plain);
    isSecretKey(plain.left(256));
    return 0;
}
