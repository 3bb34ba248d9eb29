#pragma once

// The seed story read and compared as the application would: the real
// ArticleReader and compareArticles. Header-only: each test executable is
// one translation unit.

#include "align/Aligner.h"
#include "core/Article.h"
#include "ingest/ArticleReader.h"

#include <QDir>
#include <QFile>

#include <optional>

namespace parallax::test {

using namespace Qt::StringLiterals;

struct SeedStory {
    QList<Article> articles; // 000 … 004, in file order
    Comparison comparison;
};

// nullopt when the seeds are not beside the repository.
inline std::optional<SeedStory> loadSeedStory()
{
    const QDir dir(QStringLiteral(PARALLAX_SEEDS_DIR));
    if (!dir.exists(u"001.txt"_s))
        return std::nullopt;
    SeedStory story;
    for (int i = 0; i <= 4; ++i) {
        const QString name = u"%1.txt"_s.arg(i, 3, 10, QChar(u'0'));
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        auto read = ArticleReader::read(file.readAll(), name, {});
        if (!std::holds_alternative<Article>(read))
            return std::nullopt;
        story.articles.append(std::get<Article>(std::move(read)));
    }
    story.comparison = compareArticles(story.articles);
    return story;
}

} // namespace parallax::test
