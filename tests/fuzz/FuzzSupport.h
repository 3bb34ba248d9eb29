#pragma once

// Shared by the libFuzzer targets: how fuzzed bytes become one or two
// articles, and the stop that turns a broken promise into a finding.

#include "ingest/ArticleReader.h"

#include <QByteArrayView>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <utility>

namespace parallax::fuzz {

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Two inputs in one: split at the first "\n===\n", or in half without one,
// so that the seed corpus can hold two readable articles in one file.
inline std::pair<QByteArray, QByteArray> splitInTwo(QByteArrayView input)
{
    const qsizetype at = input.indexOf(QByteArrayView("\n===\n"));
    if (at >= 0)
        return {input.first(at).toByteArray(), input.sliced(at + 5).toByteArray()};
    return {input.first(input.size() / 2).toByteArray(), input.sliced(input.size() / 2).toByteArray()};
}

// The first bytes decide the format the reader is told the file has, so one
// corpus reaches the text, HTML and Markdown paths.
inline std::optional<Article> readArticle(const QByteArray &bytes)
{
    static const QString names[] = {QStringLiteral("a.txt"), QStringLiteral("a.html"), QStringLiteral("a.md")};
    const QString &name = names[bytes.isEmpty() ? 0 : uchar(bytes.front()) % 3];
    auto result = ArticleReader::read(bytes, name, {});
    if (auto *article = std::get_if<Article>(&result))
        return std::move(*article);
    return std::nullopt;
}

[[noreturn]] inline void broken(const char *promise)
{
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

// The same, with the output around where it broke, to read at once.
[[noreturn]] inline void broken(const char *promise, const QByteArray &output, qsizetype at)
{
    std::fprintf(stderr, "%s\n", output.mid(std::max<qsizetype>(0, at - 300), 400).constData());
    broken(promise);
}

} // namespace parallax::fuzz
