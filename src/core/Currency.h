#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace herald {

/// The active ISO 4217 currency codes, sorted, for Meta's currency parameter.
const QStringList& isoCurrencyCodes();
bool isIsoCurrencyCode(const QString& code);

/**
 * An amount as an operator or a spreadsheet writes it ("12.50", "12,50", "1 234,5", "1,234.50")
 * in thousandths, as Meta's amount_1000 wants it; nullopt when it is not a plain amount or has
 * more than three decimals.
 */
std::optional<qint64> parseAmount1000(const QString& text);

/// @p amount1000 as the recipient reads it in @p locale, with the currency's symbol: "€12.50".
QString formatCurrency(const QString& code, qint64 amount1000, const QLocale& locale);

} // namespace herald
