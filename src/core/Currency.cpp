#include "core/Currency.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace herald {

const QStringList& isoCurrencyCodes()
{
    // ISO 4217 active codes (2024 list), without funds and precious-metal codes Meta does not price in.
    static const QStringList codes = QStringLiteral(
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD "
        "CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ "
        "GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR "
        "LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN "
        "PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB "
        "TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL")
                                         .split(QLatin1Char(' '));
    return codes;
}

bool isIsoCurrencyCode(const QString& code)
{
    const QStringList& codes = isoCurrencyCodes();
    return std::binary_search(codes.cbegin(), codes.cend(), code);
}

std::optional<qint64> parseAmount1000(const QString& input)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char('\''));
    static const QRegularExpression shape(QStringLiteral(R"(^-?[0-9][0-9.,]*$)"));
    if (text.isEmpty() || !shape.match(text).hasMatch())
        return std::nullopt;
    // The last separator is the decimal one when at most three digits follow it and the other
    // separator does not follow it; "1,234" alone is read as a thousands group, as spreadsheets do.
    const qsizetype lastDot = text.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = text.lastIndexOf(QLatin1Char(','));
    const qsizetype last = std::max(lastDot, lastComma);
    QString integral = text;
    QString fraction;
    if (last >= 0) {
        const QChar separator = text.at(last);
        const QString after = text.mid(last + 1);
        const bool bothKinds = lastDot >= 0 && lastComma >= 0;
        const bool single = text.count(separator) == 1;
        const bool decimal = bothKinds || (single && !(separator == QLatin1Char(',') && after.size() == 3));
        if (decimal) {
            integral = text.left(last);
            fraction = after;
        }
    }
    // Thousands groups are three digits each: "1.2.3" or "12,34" are not amounts.
    static const QRegularExpression groupSplit(QStringLiteral("[.,]"));
    const QStringList groups = integral.split(groupSplit);
    const qsizetype firstGroup = groups.first().size() - (groups.first().startsWith(QLatin1Char('-')) ? 1 : 0);
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3 || firstGroup > 3)
            return std::nullopt;
    }
    integral.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    if (fraction.contains(QLatin1Char('.')) || fraction.contains(QLatin1Char(',')) || fraction.size() > 3)
        return std::nullopt;
    const bool negative = integral.startsWith(QLatin1Char('-'));
    if (negative)
        integral.remove(0, 1);
    if (integral.isEmpty() || integral.size() > 15)
        return std::nullopt;
    bool ok = false;
    const qint64 whole = integral.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qint64 thousandths = fraction.isEmpty() ? 0 : fraction.leftJustified(3, QLatin1Char('0')).toLongLong();
    const qint64 amount = whole * 1000 + thousandths;
    return negative ? -amount : amount;
}

QString formatCurrency(const QString& code, qint64 amount1000, const QLocale& locale)
{
    // QLocale knows a currency's symbol only through a locale that uses it.
    static QMutex mutex;
    static QHash<QString, QString> symbols;
    const QMutexLocker lock(&mutex);
    auto symbol = symbols.constFind(code);
    if (symbol == symbols.constEnd()) {
        QString found = code;
        if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code) {
            found = locale.currencySymbol(QLocale::CurrencySymbol);
        } else {
            const auto all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
            for (const QLocale& candidate : all) {
                if (candidate.currencySymbol(QLocale::CurrencyIsoCode) == code) {
                    found = candidate.currencySymbol(QLocale::CurrencySymbol);
                    break;
                }
            }
        }
        symbol = symbols.insert(code, found);
    }
    const int decimals = amount1000 % 10 != 0 ? 3 : 2;
    return locale.toCurrencyString(static_cast<double>(amount1000) / 1000.0, *symbol, decimals);
}

} // namespace herald
