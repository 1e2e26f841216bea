#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <utility>

namespace herald {

/**
 * Calls @p done with @p value from the event loop, as every provider call answers: never before the
 * call has returned, and not at all once @p context is gone (or when there is none).
 */
template<typename Callback, typename Value> void answerLater(QObject* context, Callback done, Value value)
{
    if (!context)
        return;
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), value = std::move(value)] {
            if (guard)
                done(value);
        },
        Qt::QueuedConnection);
}

} // namespace herald
