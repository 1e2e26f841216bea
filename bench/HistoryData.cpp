// herald-bench history: a realistic message history written through Herald's own storage layer,
// for the delivery view's benchmarks (status-view, startup) and for trying the app on a large journal.
#include "HistoryData.h"

#include "BenchSupport.h"
#include "core/Campaign.h"
#include "core/RecipientList.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/RecipientListRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <array>
#include <random>

using namespace Qt::StringLiterals;

namespace herald::bench {

namespace {

constexpr int kChangeChunk = 20000; // state changes per commit

const std::array kFirstNames { u"Jüri", u"Mari", u"Õie", u"Jürgen", u"Anna", u"Łukasz", u"José", u"Søren", u"Zoë",
    u"Ελένη", u"Mikko", u"Jānis", u"Ülle", u"Chloé", u"Björn", u"Olivia", u"Liam", u"Noah", u"Emma", u"Sofía", u"Kadri",
    u"Marko", u"Liis", u"Andres" };
const std::array kLastNames { u"Tamm", u"Saar", u"Müller", u"Schröder", u"Smith", u"O'Brien", u"Kowalski", u"Nørgaard",
    u"García", u"Virtanen", u"Bērziņš", u"Õunapuu", u"Johnson", u"Lefèvre", u"Ivanova", u"Kask", u"Brown", u"Da Silva",
    u"Mägi", u"Sepp" };
const std::array kCities { u"Tallinn", u"Tartu", u"Pärnu", u"München", u"Köln", u"London", u"Helsinki", u"Rīga" };

struct CampaignKind
{
    const char16_t* name;
    const char16_t* templateName;
    const char16_t* language;
    const char16_t* body; ///< {name} is replaced
    int weight; ///< share of the campaigns' messages, in percent
};

const std::array kCampaigns {
    CampaignKind { u"Spring sale 2026", u"spring_sale", u"en",
        u"Hi {name}, our spring sale starts today: 30 % off everything in store and online until Sunday.", 30 },
    CampaignKind { u"Appointment reminders — March", u"appointment_reminder", u"en",
        u"Hello {name}, this is a reminder of your appointment on 12 March at 14:00. Reply to reschedule.", 20 },
    CampaignKind { u"Order shipped", u"order_update", u"en",
        u"Hi {name}, your order has shipped and arrives in 2–3 working days. Track it with the link below.", 15 },
    CampaignKind { u"Makse meeldetuletus", u"payment_due", u"et",
        u"Tere {name}! Teie arve tähtaeg on 15. märts. Aitäh, et olete meie klient.", 10 },
    CampaignKind { u"Clinic week 12", u"clinic_reminder", u"en",
        u"Dear {name}, please bring your insurance card to your visit next week.", 10 },
    CampaignKind { u"Black Friday early access", u"black_friday", u"de",
        u"Hallo {name}, Ihr früher Zugang zum Black Friday beginnt morgen um 8 Uhr.", 8 },
    CampaignKind { u"Customer survey", u"survey_invite", u"en",
        u"Hi {name}, how did we do? Two minutes of your time help us a lot.", 4 },
    CampaignKind { u"Renewal notice", u"renewal_notice", u"en",
        u"Hello {name}, your subscription renews on 1 April. Nothing to do if you want to keep it.", 3 },
};

const std::array kErrors {
    u"The recipient's phone number is not a WhatsApp number.",
    u"More than 24 hours have passed since the customer last replied; only templates may be sent.",
    u"The template does not exist in this language or has not been approved.",
    u"The recipient has opted out of marketing messages.",
    u"Message undeliverable: the phone was switched off until the message expired.",
    u"Delivery failure",
    u"Meta refused the message: the business account's quality rating is too low for this template.",
    u"Rejected by the provider: the sender is not registered for WhatsApp.",
};

class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_random(seed)
    { }

    size_t pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(m_random); }
    double uniform() { return std::uniform_real_distribution<double>(0, 1)(m_random); }

    QString name()
    {
        return QString::fromUtf16(kFirstNames[pick(kFirstNames.size())]) + u' '
            + QString::fromUtf16(kLastNames[pick(kLastNames.size())]);
    }

    /// Distinct E.164 numbers of a few countries.
    QString number()
    {
        const qint64 n = ++m_numbers;
        switch (n % 5) {
        case 0:
            return u"+49151%1"_s.arg(10000000 + n, 8, 10, QLatin1Char('0'));
        case 1:
            return u"+447400%1"_s.arg(n % 1000000, 6, 10, QLatin1Char('0'));
        default:
            return u"+3725%1"_s.arg(n % 10000000, 7, 10, QLatin1Char('0'));
        }
    }

    /// Where a message of the history stands: mostly read or delivered, a share failed.
    MessageChange outcome(qint64 id, ProviderKind kind)
    {
        MessageChange c;
        c.id = id;
        c.change.channel = u"whatsapp"_s;
        const double p = uniform();
        MessageState state = MessageState::Read;
        if (p < 0.40)
            state = kind == ProviderKind::Bird ? MessageState::Delivered : MessageState::Read; // Bird has no read
        else if (p < 0.66)
            state = MessageState::Delivered;
        else if (p < 0.76)
            state = MessageState::Sent;
        else if (p < 0.80)
            state = MessageState::Accepted;
        else if (p < 0.89)
            state = MessageState::Failed;
        else if (p < 0.92)
            state = MessageState::Expired;
        else if (p < 0.94)
            state = MessageState::Cancelled;
        else if (p < 0.95)
            state = MessageState::Scheduled;
        else if (p < 0.96)
            state = MessageState::Unknown;
        else if (p < 0.97)
            state = MessageState::Queued; // never sent: stays as it was journaled
        c.change.state = state;
        if (state == MessageState::Failed) {
            c.change.errorCode = QString::number(pick(10) + 1);
            c.change.errorText = QString::fromUtf16(kErrors[pick(kErrors.size())]);
        } else if (state == MessageState::Expired) {
            c.change.errorText = u"The message expired before it could be delivered."_s;
        } else if (state == MessageState::Unknown) {
            c.change.errorText
                = u"Herald stopped while this message was being sent; it may or may not have reached the provider."_s;
        } else if (state == MessageState::Cancelled) {
            c.change.errorText = u"Cancelled by the operator before it was sent."_s;
        }
        if (kind == ProviderKind::Messente && state == MessageState::Delivered && uniform() < 0.1)
            c.change.channel = u"sms"_s; // the SMS fallback spoke for it
        if (state != MessageState::Queued && state != MessageState::Unknown && state != MessageState::Cancelled)
            c.providerMessageId
                = u"%1-%2"_s.arg(QString::number(id, 16), QString::number(m_random() % 0xffffffffu, 16));
        return c;
    }

private:
    std::mt19937_64 m_random;
    qint64 m_numbers = 0;
};

QJsonObject statesJson(const std::array<int, 11>& counts)
{
    QJsonObject states;
    for (int s = 0; s < 11; ++s) {
        if (counts[static_cast<size_t>(s)] > 0)
            states.insert(stateKey(static_cast<MessageState>(s)), counts[static_cast<size_t>(s)]);
    }
    return states;
}

} // namespace

std::optional<QJsonObject> writeHistory(const QString& path, int rows, quint64 seed, QString* error)
{
    QElapsedTimer clock;
    clock.start();
    Database db(path);
    if (!db.open()) {
        *error = db.lastError();
        return std::nullopt;
    }
    ProfileRepository profiles(db);
    MessageRepository messages(db);
    CampaignRepository campaigns(db);
    RecipientListRepository lists(db);
    Generator random(seed);

    // Three profiles, one per provider, pointing nowhere: nothing of this history is ever sent.
    const auto addProfile = [&profiles](const QString& name, ProviderKind kind) {
        Profile p;
        p.name = name;
        p.kind = kind;
        p.baseUrl = QUrl(u"http://127.0.0.1:9/"_s);
        p.secretKey = u"bench-history-"_s + providerKindKey(kind);
        p.username = u"support"_s;
        p.workspaceId = u"bench-workspace"_s;
        p.channelId = u"bench-channel"_s;
        p.accountSid = u"HXBENCH"_s;
        p.sender = u"+3725550000"_s;
        if (const std::optional<Profile> existing = profiles.findByName(name))
            p.id = existing->id;
        return std::pair { profiles.save(p), kind };
    };
    const std::array profileIds { addProfile(u"Support desk"_s, ProviderKind::Messente),
        addProfile(u"Marketing"_s, ProviderKind::Bird), addProfile(u"Clinic reminders"_s, ProviderKind::Kaleyra) };
    for (const auto& [id, kind] : profileIds) {
        if (id == 0) {
            *error = u"the profiles could not be saved"_s;
            return std::nullopt;
        }
    }

    const int singles = rows * 15 / 100;
    const int inCampaigns = rows - singles;
    QList<MessageChange> changes;
    changes.reserve(rows);
    QStringList reached; // numbers campaigns went to: some get messages of their own as well
    int campaignCount = 0;
    int written = 0;
    for (size_t k = 0; k < kCampaigns.size() && written < inCampaigns; ++k) {
        const CampaignKind& kind = kCampaigns[k];
        const int size = k + 1 == kCampaigns.size() ? inCampaigns - written
                                                    : std::min(inCampaigns - written, inCampaigns * kind.weight / 100);
        if (size <= 0)
            continue;
        RecipientList list;
        list.name = u"%1 list"_s.arg(QString::fromUtf16(kind.name));
        list.columns = { u"Name"_s, u"Phone"_s, u"City"_s };
        list.phoneColumn = 1;
        list.nameColumn = 0;
        list.rows.reserve(size);
        CampaignPlan plan;
        plan.rows = size;
        plan.messages.reserve(size);
        for (int i = 0; i < size; ++i) {
            RecipientRow row;
            row.position = i;
            row.e164 = random.number();
            row.phone = row.e164;
            const QString person = random.name();
            row.cells = { person, row.e164, QString::fromUtf16(kCities[random.pick(kCities.size())]) };
            PlannedMessage message;
            message.position = i;
            message.e164 = row.e164;
            message.values.body.insert(u"1"_s, person.section(u' ', 0, 0));
            message.renderedBody = QString::fromUtf16(kind.body).replace(u"{name}"_s, person.section(u' ', 0, 0));
            plan.messages.append(std::move(message));
            if (random.uniform() < 0.05)
                reached.append(row.e164);
            list.rows.append(std::move(row));
        }
        const qint64 listId = lists.save(list);
        const auto [profileId, providerKind] = profileIds[k % profileIds.size()];
        NewCampaign campaign;
        campaign.name = QString::fromUtf16(kind.name);
        campaign.profileId = profileId;
        campaign.tpl.name = QString::fromUtf16(kind.templateName);
        campaign.tpl.language = QString::fromUtf16(kind.language);
        campaign.tpl.body = QString::fromUtf16(kind.body).replace(u"{name}"_s, u"{{1}}"_s);
        campaign.tpl.headerFormat = HeaderFormat::None;
        campaign.listId = listId;
        campaign.listName = list.name;
        campaign.state = CampaignState::Finished;
        campaign.createdBy = u"bench"_s;
        const qint64 campaignId = campaigns.create(campaign, plan);
        if (listId == 0 || campaignId == 0) {
            *error = u"campaign %1 could not be saved"_s.arg(campaign.name);
            return std::nullopt;
        }
        for (const qint64 id : campaigns.messagesIn(campaignId, MessageState::Queued))
            changes.append(random.outcome(id, providerKind));
        written += size;
        ++campaignCount;
    }

    const std::array singleTemplates { std::pair {
                                           u"order_update"_s, u"Hi {name}, your order #%1 is ready for pickup."_s },
        std::pair { u"appointment_reminder"_s, u"Hello {name}, see you tomorrow at %1:00."_s },
        std::pair { QString(), u"Thanks {name}, your refund of %1 EUR is on its way."_s } };
    for (int i = 0; i < singles; ++i) {
        const auto [profileId, providerKind] = profileIds[random.pick(profileIds.size())];
        const auto& [templateName, body] = singleTemplates[random.pick(singleTemplates.size())];
        NewMessage m;
        m.profileId = profileId;
        m.templateName = templateName;
        m.language = templateName.isEmpty() ? QString() : u"en"_s;
        m.recipient = !reached.isEmpty() && random.uniform() < 0.5 ? reached.at(qsizetype(random.pick(reached.size())))
                                                                   : random.number();
        m.renderedBody = QString(body).replace(u"{name}"_s, random.name().section(u' ', 0, 0)).arg(i % 97 + 3);
        m.parametersJson = u"{}"_s;
        const qint64 id = messages.insertQueued(m);
        if (id == 0) {
            *error = u"a message could not be journaled"_s;
            return std::nullopt;
        }
        changes.append(random.outcome(id, providerKind));
    }

    std::array<int, 11> counts {};
    QList<MessageChange> chunk;
    for (qsizetype at = 0; at < changes.size(); at += kChangeChunk) {
        chunk = changes.mid(at, kChangeChunk);
        for (qsizetype i = chunk.size() - 1; i >= 0; --i) {
            if (chunk.at(i).change.state == MessageState::Queued)
                chunk.removeAt(i);
        }
        messages.applyChanges(chunk);
    }
    for (const MessageChange& c : std::as_const(changes))
        ++counts[static_cast<size_t>(c.change.state)];

    return QJsonObject { { u"scenario"_s, u"history"_s }, { u"db"_s, path }, { u"rows"_s, rows },
        { u"campaigns"_s, campaignCount }, { u"singles"_s, singles }, { u"profiles"_s, int(profileIds.size()) },
        { u"states"_s, statesJson(counts) }, { u"seconds"_s, double(clock.elapsed()) / 1000.0 } };
}

std::optional<QJsonObject> writeHistoryInChild(const QString& path, int rows, quint64 seed, QString* why)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { u"history"_s, u"--db"_s, path, u"--rows"_s, QString::number(rows), u"--seed"_s, QString::number(seed) });
    if (!child.waitForFinished(30 * 60 * 1000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *why = u"herald-bench history failed (exit code %1)"_s.arg(child.exitCode());
        return std::nullopt;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    const QJsonDocument document = QJsonDocument::fromJson(lines.value(lines.size() - 1));
    if (!document.isObject()) {
        *why = u"herald-bench history printed no JSON"_s;
        return std::nullopt;
    }
    return document.object();
}

int runHistory(const QStringList& args)
{
    const std::optional<QString> db = optionValue(args, u"--db"_s);
    if (!db) {
        note(u"history needs --db PATH (a new or empty database file)"_s);
        return 2;
    }
    const int rows = optionValue(args, u"--rows"_s).value_or(u"100000"_s).toInt();
    const quint64 seed = optionValue(args, u"--seed"_s).value_or(u"1"_s).toULongLong();
    QString error;
    const std::optional<QJsonObject> facts = writeHistory(*db, rows, seed, &error);
    if (!facts) {
        printJsonLine({ { u"scenario"_s, u"history"_s }, { u"error"_s, error } });
        return 1;
    }
    printJsonLine(*facts);
    return 0;
}

} // namespace herald::bench
