#pragma once

// The hand-checked seed articles beside the repository (PARALLAX_SEEDS_DIR):
// third-party text, read in place and never copied into the repository.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace parallax::test {

inline QDir seedsDir()
{
    return QDir(QStringLiteral(PARALLAX_SEEDS_DIR));
}

inline bool seedsAvailable()
{
    return seedsDir().exists(QStringLiteral("truth.json"));
}

inline QByteArray readSeedFile(const QString &name)
{
    QFile file(seedsDir().filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QJsonObject seedTruth()
{
    return QJsonDocument::fromJson(readSeedFile(QStringLiteral("truth.json"))).object();
}

// truth.json's "articles" object: key ("000") → that article's truth.
inline QJsonObject seedArticles()
{
    return seedTruth().value(QLatin1StringView("articles")).toObject();
}

inline QString seedText(const QJsonObject &article)
{
    return QString::fromUtf8(readSeedFile(article.value(QLatin1StringView("file")).toString()));
}

inline QStringList stringList(const QJsonObject &object, QLatin1StringView key)
{
    QStringList list;
    const QJsonArray array = object.value(key).toArray();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

} // namespace parallax::test
