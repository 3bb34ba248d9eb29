#include "ClaimDecisionStore.h"

#include "Database.h"
#include "StoreQueries_p.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

ClaimDecisionStore::ClaimDecisionStore(Database &db)
    : m_db(db)
{
}

bool ClaimDecisionStore::exists(const SentenceRef &sentence)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT 1 FROM sentences JOIN blocks ON blocks.id = sentences.block_id "
                  "WHERE blocks.article_id = ? AND blocks.position = ? AND sentences.position = ?"_s);
    query.addBindValue(sentence.article);
    query.addBindValue(sentence.block);
    query.addBindValue(sentence.sentence);
    if (!query.exec()) {
        m_lastError = store_p::errorText(query);
        return false;
    }
    if (!query.next()) {
        m_lastError = u"article %1 has no sentence %2 in block %3"_s.arg(sentence.article)
                          .arg(sentence.sentence)
                          .arg(sentence.block);
        return false;
    }
    return true;
}

bool ClaimDecisionStore::add(const QList<ClaimDecision> &decisions)
{
    Transaction transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_lastError = transaction.errorString();
        return false;
    }
    QSqlQuery remove(m_db.connection());
    remove.prepare(u"DELETE FROM claim_decisions WHERE "
                   "(a_article = ? AND a_block = ? AND a_sentence = ? AND b_article = ? AND b_block = ? AND b_sentence = ?) "
                   "OR (a_article = ? AND a_block = ? AND a_sentence = ? AND b_article = ? AND b_block = ? AND b_sentence = ?)"_s);
    QSqlQuery insert(m_db.connection());
    insert.prepare(u"INSERT INTO claim_decisions (a_article, a_block, a_sentence, b_article, b_block, b_sentence, "
                   "same, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString now = store_p::nowIso();
    for (const ClaimDecision &d : decisions) {
        if (d.a.article == d.b.article) {
            m_lastError = u"a decision names two sentences of one article"_s;
            return false;
        }
        if (!exists(d.a) || !exists(d.b))
            return false;
        for (const auto &[x, y] : {std::pair{d.a, d.b}, std::pair{d.b, d.a}}) {
            remove.addBindValue(x.article);
            remove.addBindValue(x.block);
            remove.addBindValue(x.sentence);
            remove.addBindValue(y.article);
            remove.addBindValue(y.block);
            remove.addBindValue(y.sentence);
        }
        insert.addBindValue(d.a.article);
        insert.addBindValue(d.a.block);
        insert.addBindValue(d.a.sentence);
        insert.addBindValue(d.b.article);
        insert.addBindValue(d.b.block);
        insert.addBindValue(d.b.sentence);
        insert.addBindValue(d.same ? 1 : 0);
        insert.addBindValue(now);
        if (!remove.exec() || !insert.exec()) {
            m_lastError = remove.lastError().isValid() ? store_p::errorText(remove) : store_p::errorText(insert);
            return false;
        }
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorString();
        return false;
    }
    return true;
}

int ClaimDecisionStore::forget(const QList<SentenceRef> &sentences)
{
    Transaction transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_lastError = transaction.errorString();
        return -1;
    }
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM claim_decisions WHERE (a_article = ? AND a_block = ? AND a_sentence = ?) "
                  "OR (b_article = ? AND b_block = ? AND b_sentence = ?)"_s);
    int forgotten = 0;
    for (const SentenceRef &s : sentences) {
        for (int side = 0; side < 2; ++side) {
            query.addBindValue(s.article);
            query.addBindValue(s.block);
            query.addBindValue(s.sentence);
        }
        if (!query.exec()) {
            m_lastError = store_p::errorText(query);
            return -1;
        }
        forgotten += query.numRowsAffected();
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorString();
        return -1;
    }
    return forgotten;
}

QList<ClaimDecision> ClaimDecisionStore::forArticles(const QList<qint64> &articleIds) const
{
    const QSet<qint64> wanted(articleIds.cbegin(), articleIds.cend());
    QList<std::pair<qint64, ClaimDecision>> found; // row id, decision
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Each decision once: found by its a side, kept when its b side is wanted too.
    query.prepare(u"SELECT id, a_article, a_block, a_sentence, b_article, b_block, b_sentence, same "
                  "FROM claim_decisions WHERE a_article = ?"_s);
    for (const qint64 id : wanted) {
        query.addBindValue(id);
        if (!query.exec())
            continue;
        while (query.next()) {
            const ClaimDecision d{{query.value(1).toLongLong(), query.value(2).toInt(), query.value(3).toInt()},
                                  {query.value(4).toLongLong(), query.value(5).toInt(), query.value(6).toInt()},
                                  query.value(7).toInt() != 0};
            if (wanted.contains(d.b.article))
                found.append({query.value(0).toLongLong(), d});
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    QList<ClaimDecision> result;
    result.reserve(found.size());
    for (const auto &[id, decision] : std::as_const(found))
        result.append(decision);
    return result;
}

} // namespace parallax
