#include "WordNetCache_p.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <string>
#include <string_view>

using namespace Qt::StringLiterals;

namespace parallax::wordnet {
namespace {

// Raised whenever the reader or the tables' layout changes what a dictionary
// gives, so that no cache of an older reading is used.
constexpr int ReaderVersion = 1;
constexpr std::string_view Magic = "parallax-wordnet-tables\n";

} // namespace

QByteArray sourceKey(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(QByteArray::number(ReaderVersion) + ' ' + QByteArray::number(sensesPerLemma)));
    for (const QString &part : {u"noun"_s, u"verb"_s, u"adj"_s, u"adv"_s}) {
        for (const QString &name : QStringList{u"index."_s + part, u"data."_s + part, part + u".exc"_s}) {
            const QFileInfo file(QDir(dir).filePath(name));
            hash.addData(QString(u'\n' + file.absoluteFilePath() + u' ' + QString::number(file.size()) + u' '
                          + QString::number(file.lastModified().toMSecsSinceEpoch()))
                             .toUtf8());
        }
    }
    return hash.result();
}

bool writeCache(const QString &path, const QByteArray &key, const Tables &tables)
{
    std::string bytes(Magic);
    bytes.append(key.constData(), size_t(key.size()));
    tables.lemmas.appendTo(bytes);
    tables.irregularForms.appendTo(bytes);
    tables.irregularBases.appendTo(bytes);
    tables.synonyms.appendTo(bytes);
    tables.derived.appendTo(bytes);
    tables.antonyms.appendTo(bytes);
    QSaveFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
        && file.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size()) && file.commit();
}

std::unique_ptr<const Tables> readCache(const QString &path, const QByteArray &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray bytes = file.readAll();
    std::string_view in(bytes.constData(), size_t(bytes.size()));
    const std::string_view keyBytes(key.constData(), size_t(key.size()));
    if (!in.starts_with(Magic) || in.substr(Magic.size(), keyBytes.size()) != keyBytes)
        return nullptr;
    in.remove_prefix(Magic.size() + keyBytes.size());
    auto tables = std::make_unique<Tables>();
    const bool whole = tables->lemmas.readFrom(in) && tables->irregularForms.readFrom(in)
        && tables->irregularBases.readFrom(in, tables->irregularForms.size(), tables->lemmas.size())
        && tables->synonyms.readFrom(in, tables->lemmas.size(), tables->lemmas.size())
        && tables->derived.readFrom(in, tables->lemmas.size(), tables->lemmas.size())
        && tables->antonyms.readFrom(in, tables->lemmas.size(), tables->lemmas.size()) && in.empty();
    if (!whole || tables->lemmas.size() == 0)
        return nullptr;
    return tables;
}

} // namespace parallax::wordnet
