#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace parallax {

// What a block of an article is. Furniture and captions are kept, never
// deleted: they only take no part in alignment.
enum class BlockRole { Body, Heading, Caption, Furniture };

QString blockRoleName(BlockRole role);
// Returns false when name is not one of "body", "heading", "caption", "furniture".
bool blockRoleFromName(const QString &name, BlockRole *role);

inline bool takesPartInAlignment(BlockRole role)
{
    return role == BlockRole::Body || role == BlockRole::Heading;
}

// A sentence is a range of its block's text, in UTF-16 code units as QString
// indexes them (end exclusive). The JSON writer converts to code points.
struct Sentence {
    int start = 0;
    int end = 0;
    friend bool operator==(const Sentence &, const Sentence &) = default;
};

struct Block {
    QString text;
    BlockRole role = BlockRole::Body;
    bool roleOverridden = false; // a person re-marked it; importers never change it again
    QList<Sentence> sentences;
    QString roleReason = {};     // why the importer made it furniture (see FurnitureReason.h)
    friend bool operator==(const Block &, const Block &) = default;
};

// Metadata read from the article or given by a person. An empty string or an
// invalid date means unknown: never invented.
struct ArticleMetadata {
    QString outlet;
    QString title;
    QString byline;
    QDate published;
    QString url;
    friend bool operator==(const ArticleMetadata &, const ArticleMetadata &) = default;
};

enum class DocumentFormat { PlainText, Html, Markdown };

QString documentFormatName(DocumentFormat format);

struct Article {
    qint64 id = 0; // 0 until the library stores it
    QString sourcePath;
    DocumentFormat format = DocumentFormat::PlainText;
    QString encoding;         // as detected, e.g. "UTF-8", "windows-1252"
    QString language;         // BCP 47 ("en", "de", "zh", "ar"); empty when unknown
    QByteArray contentHash;   // SHA-256 of the original bytes, hex
    QDateTime importedAt;
    QByteArray original;      // the bytes as read, kept whole
    // Set for an article fetched from the web; empty for files.
    QString fetchedUrl;       // the link a person asked for
    QString finalUrl;         // where its redirects ended
    QDateTime fetchedAt;
    qint64 previousVersion = 0; // the article this one is a newer fetch of, 0 for none
    ArticleMetadata meta;
    QList<Block> blocks;

    int wordCount() const; // body and heading words only
    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace parallax
