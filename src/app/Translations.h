#pragma once

class QCoreApplication;

namespace herald {

/**
 * Installs Herald's translations into @p app: English's plural forms ("1 message", "2 messages"),
 * which the sources write as "message(s)". Returns false, having logged why, when they cannot be
 * loaded; Herald then still runs, with the "(s)" forms.
 */
bool installTranslations(QCoreApplication& app);

} // namespace herald
