#include "core/PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>
#include <list>
#include <phonenumbers/phonenumberutil.h>
#include <set>
#include <string>
#include <vector>

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

/**
 * The number as digits, with a leading '+' when it has one (or begins with "00"), if it is written
 * with nothing but digits and the separators people put in numbers; empty otherwise. libphonenumber
 * reads this form the same way as the written one, in half the time.
 */
std::string digitsOnly(QStringView text)
{
    std::string digits;
    digits.reserve(static_cast<size_t>(text.size()) + 1);
    bool plus = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            digits.push_back(static_cast<char>(u));
        } else if (u == u'+') {
            if (plus || !digits.empty())
                return {};
            plus = true;
        } else if (u != u' ' && u != u'-' && u != u'.' && u != u'(' && u != u')' && u != u'/' && u != u'\t'
            && u != u'\u00A0') {
            return {};
        }
    }
    // libphonenumber calls two digits with separators no number at all and two without too short:
    // short ones go through as written, so that each keeps its own reason.
    if (digits.size() < 3)
        return {};
    if (!plus && text.startsWith(u"00")) {
        digits.erase(0, 2);
        plus = true;
    }
    if (plus)
        digits.insert(digits.begin(), '+');
    return digits;
}

/// Whether several countries share calling code @p code (+1, +7, +44, …).
bool sharesCallingCode(int code)
{
    static const std::vector<bool> shared = [] {
        const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
        std::vector<bool> table(1000, false);
        std::set<int> codes;
        util.GetSupportedCallingCodes(&codes);
        for (const int each : codes) {
            std::list<std::string> regions;
            util.GetRegionCodesForCountryCallingCode(each, &regions);
            if (each >= 0 && each < 1000)
                table[static_cast<size_t>(each)] = regions.size() > 1;
        }
        return table;
    }();
    return code >= 0 && code < 1000 && shared[static_cast<size_t>(code)];
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
    , m_regionCode(m_defaultRegion.toStdString())
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

    std::string text = digitsOnly(trimmed);
    if (text.empty()) {
        // Written with other characters: libphonenumber reads it as it is, except for "00", which
        // it only knows as the international prefix of some default regions.
        QString written = trimmed;
        if (written.startsWith(QLatin1String("00")))
            written = QLatin1Char('+') + written.mid(2);
        text = written.toStdString();
    }

    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto error = util.Parse(text, m_regionCode, &number);
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

    // The country the calling code stands for first: cheap, and what an invalid number is named by.
    std::string region;
    util.GetRegionCodeForCountryCode(number.country_code(), &region);
    result.region = QString::fromLatin1(region.data(), static_cast<qsizetype>(region.size()));

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

    // GetNumberType() says UNKNOWN exactly when IsValidNumber() says no, and each of them matches
    // the number against the country's patterns, by far the dearest step: ask only once.
    const auto type = util.GetNumberType(number);
    if (type == PhoneNumberUtil::UNKNOWN) {
        result.problem = PhoneNumberResult::Problem::Invalid;
        return result;
    }
    if (sharesCallingCode(number.country_code())) { // +1 is the US, Canada, Jamaica, …: the number tells which
        util.GetRegionCodeForNumber(number, &region);
        result.region = QString::fromLatin1(region.data(), static_cast<qsizetype>(region.size()));
    }

    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    result.e164 = QString::fromLatin1(formatted.data(), static_cast<qsizetype>(formatted.size()));
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
