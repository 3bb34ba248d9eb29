#include "DeclaredCharset_p.h"

#include <algorithm>

namespace parallax::decoding {
namespace {

// WHATWG prescans 1024 bytes; real pages often put a long <head> before the
// charset, and a bounded window keeps this step constant-time.
constexpr qsizetype kPrescanBytes = 4096;

bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool startsWithNoCase(QByteArrayView bytes, qsizetype at, QByteArrayView word)
{
    return bytes.size() >= at + word.size()
        && bytes.sliced(at, word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

struct Attribute {
    QByteArray name;
    QByteArray value;
};

// Reads the attribute at `at` and moves past it; false at the end of the tag.
bool nextAttribute(QByteArrayView bytes, qsizetype &at, Attribute &attribute)
{
    const qsizetype size = bytes.size();
    while (at < size && (isHtmlSpace(bytes[at]) || bytes[at] == '/'))
        ++at;
    if (at >= size || bytes[at] == '>')
        return false;
    const qsizetype nameStart = at;
    while (at < size && !isHtmlSpace(bytes[at]) && bytes[at] != '/' && bytes[at] != '>'
           && (bytes[at] != '=' || at == nameStart))
        ++at;
    attribute.name = bytes.sliced(nameStart, at - nameStart).toByteArray().toLower();
    attribute.value.clear();
    while (at < size && isHtmlSpace(bytes[at]))
        ++at;
    if (at >= size || bytes[at] != '=')
        return true;
    ++at;
    while (at < size && isHtmlSpace(bytes[at]))
        ++at;
    qsizetype valueStart = at;
    if (at < size && (bytes[at] == '"' || bytes[at] == '\'')) {
        const char quote = bytes[at];
        valueStart = ++at;
        while (at < size && bytes[at] != quote)
            ++at;
        attribute.value = bytes.sliced(valueStart, at - valueStart).toByteArray();
        if (at < size)
            ++at;
    } else {
        while (at < size && !isHtmlSpace(bytes[at]) && bytes[at] != '>')
            ++at;
        attribute.value = bytes.sliced(valueStart, at - valueStart).toByteArray();
    }
    return true;
}

// "text/html; charset=windows-1252" -> "windows-1252"
QByteArray charsetFromContentType(QByteArrayView content)
{
    const qsizetype key = content.toByteArray().toLower().indexOf("charset");
    if (key < 0)
        return {};
    qsizetype at = key + 7;
    while (at < content.size() && isHtmlSpace(content[at]))
        ++at;
    if (at >= content.size() || content[at] != '=')
        return {};
    ++at;
    while (at < content.size() && isHtmlSpace(content[at]))
        ++at;
    const bool quoted = at < content.size() && (content[at] == '"' || content[at] == '\'');
    const char quote = quoted ? content[at++] : '\0';
    const qsizetype start = at;
    while (at < content.size() && content[at] != quote && content[at] != ';'
           && (quoted || !isHtmlSpace(content[at])))
        ++at;
    return content.sliced(start, at - start).toByteArray();
}

} // namespace

bool looksLikeHtml(QByteArrayView bytes)
{
    const auto first = std::find_if_not(bytes.begin(), bytes.end(), isHtmlSpace);
    return first != bytes.end() && *first == '<';
}

QByteArray declaredCharset(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min(bytes.size(), kPrescanBytes));
    qsizetype at = 0;
    Attribute attribute;
    while (at < head.size()) {
        if (head[at] != '<') {
            ++at;
        } else if (startsWithNoCase(head, at, "<!--")) {
            at = head.indexOf("-->", at + 4);
            if (at < 0)
                break;
            at += 3;
        } else if (startsWithNoCase(head, at, "<meta") && at + 5 < head.size()
                   && (isHtmlSpace(head[at + 5]) || head[at + 5] == '/')) {
            at += 5;
            QByteArray charset;
            QByteArray httpEquiv;
            QByteArray content;
            while (nextAttribute(head, at, attribute)) {
                if (attribute.name == "charset" && charset.isEmpty())
                    charset = attribute.value.trimmed();
                else if (attribute.name == "http-equiv")
                    httpEquiv = attribute.value.trimmed().toLower();
                else if (attribute.name == "content")
                    content = attribute.value;
            }
            if (!charset.isEmpty())
                return charset;
            if (httpEquiv == "content-type") {
                const QByteArray fromContent = charsetFromContentType(content).trimmed();
                if (!fromContent.isEmpty())
                    return fromContent;
            }
        } else if (at + 1 < head.size() && (isAsciiLetter(head[at + 1]) || head[at + 1] == '/')) {
            // Any other tag: step over its attributes so that a '<' or '>'
            // inside a quoted value does not confuse us.
            ++at;
            while (at < head.size() && !isHtmlSpace(head[at]) && head[at] != '>')
                ++at;
            while (nextAttribute(head, at, attribute)) { }
        } else if (at + 1 < head.size() && (head[at + 1] == '!' || head[at + 1] == '?')) {
            at = head.indexOf('>', at);
            if (at < 0)
                break;
        } else {
            ++at;
        }
    }
    return {};
}

} // namespace parallax::decoding
