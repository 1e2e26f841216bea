#pragma once

#include <QString>
#include <string>

namespace herald {

/// Outcome of reading one phone number as an operator typed it.
struct PhoneNumberResult
{
    enum class Problem
    {
        None,
        Empty,
        NotANumber, ///< letters or other characters no phone number has
        UnknownCountryCode,
        TooShort,
        TooLong,
        Invalid, ///< parses, but no such number exists in that country's numbering plan
    };

    Problem problem = Problem::Empty;
    QString e164; ///< set when problem == None
    QString region; ///< ISO 3166 country the number belongs to, e.g. "EE"
    bool isMobile = false; ///< false for fixed-line numbers, which WhatsApp rarely reaches

    bool ok() const { return problem == Problem::None; }
    /// The problem in words, for the operator.
    QString message() const;
};

/**
 * Normalises phone numbers to E.164 through Google's libphonenumber. Numbers written without a
 * country code are read as local numbers of @p defaultRegion (ISO 3166 code such as "EE").
 */
class PhoneNumberNormalizer
{
public:
    explicit PhoneNumberNormalizer(QString defaultRegion);

    QString defaultRegion() const { return m_defaultRegion; }
    PhoneNumberResult normalize(const QString& input) const;

    /// The region for the system locale (e.g. "EE" for et_EE), or "US" when the locale names none.
    static QString regionForSystemLocale();

private:
    QString m_defaultRegion;
    std::string m_regionCode; ///< the same, as libphonenumber takes it
};

} // namespace herald
