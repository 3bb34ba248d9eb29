#include "HtmlStructureLimiter_p.h"

#include "HtmlNames_p.h"

#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace parallax::htmlreader {
namespace {

// Gumbo is not hardened against hostile structure. Checks such as "is there a
// <p> in button scope" walk the whole stack of open elements, so 100,000
// nested <div>s cost time quadratic in the depth, and every attribute is
// compared with all earlier ones of its element. So before parsing, start
// tags nested deeper than this are left out (with their end tags; the text
// stays, only the nesting is lost; Blink caps its tree depth at 512 too) and
// attributes past kMaxAttributes are dropped. No real article comes close.
constexpr int kMaxDepth = 512;
constexpr int kMaxAttributes = 256;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Elements that never nest: void ones, and ones the parser closes when the
// next of their kind starts (a <p> ends the open <p>, a <li> the open <li>).
bool neverNests(const QByteArray &name)
{
    return isOneOf(name, {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame",
                          "hr", "img", "input", "keygen", "link", "meta", "param", "source",
                          "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr",
                          "td", "th", "tbody", "thead", "tfoot", "caption", "colgroup", "rb",
                          "rt", "rp", "rtc", "html", "head", "body"});
}

// Elements whose content the tokenizer reads as text up to their end tag.
bool holdsRawText(const QByteArray &name)
{
    return isOneOf(name, {"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea",
                          "title"});
}

bool isForeignRoot(const QByteArray &name)
{
    return name == "svg" || name == "math";
}

// A single linear pass that follows the tokenizer's rules for tags, quoted
// attribute values, comments and raw text. Where it guesses differently from
// gumbo the cost is time, never safety: GumboArena frees the tree without
// recursion, and walk() visits it with an explicit stack.
class StructureLimiter final
{
public:
    explicit StructureLimiter(QByteArrayView html) : m_in(html) { m_out.reserve(html.size()); }

    QByteArray run()
    {
        while (m_at < m_in.size()) {
            const qsizetype open = m_in.indexOf('<', m_at);
            if (open < 0) {
                copyTo(m_in.size());
                break;
            }
            copyTo(open);
            if (m_in.sliced(m_at).startsWith("<!--"))
                comment();
            else if (charAt(m_at + 1) == '/' && isLetter(charAt(m_at + 2)))
                endTag();
            else if (isLetter(charAt(m_at + 1)))
                startTag();
            else if (charAt(m_at + 1) == '!' || charAt(m_at + 1) == '?' || charAt(m_at + 1) == '/')
                copyTo(endOfBogusComment());
            else
                copyTo(m_at + 1);
        }
        return std::move(m_out);
    }

private:
    char charAt(qsizetype at) const { return at < m_in.size() ? m_in[at] : '\0'; }

    void copyTo(qsizetype end)
    {
        m_out.append(m_in.sliced(m_at, end - m_at));
        m_at = end;
    }

    qsizetype endOfBogusComment() const
    {
        const qsizetype close = m_in.indexOf('>', m_at + 1);
        return close < 0 ? m_in.size() : close + 1;
    }

    // "-->", "--!>", and the abrupt "<!-->" and "<!--->" all end a comment.
    void comment()
    {
        const qsizetype body = m_at + 4;
        if (charAt(body) == '>') {
            copyTo(body + 1);
            return;
        }
        if (charAt(body) == '-' && charAt(body + 1) == '>') {
            copyTo(body + 2);
            return;
        }
        qsizetype from = body;
        for (;;) {
            const qsizetype dashes = m_in.indexOf("--", from);
            if (dashes < 0) {
                copyTo(m_in.size());
                return;
            }
            if (charAt(dashes + 2) == '>') {
                copyTo(dashes + 3);
                return;
            }
            if (charAt(dashes + 2) == '!' && charAt(dashes + 3) == '>') {
                copyTo(dashes + 4);
                return;
            }
            from = dashes + 1;
        }
    }

    QByteArray readName()
    {
        const qsizetype start = m_at;
        while (m_at < m_in.size() && !isSpace(m_in[m_at]) && m_in[m_at] != '/' && m_in[m_at] != '>')
            ++m_at;
        return m_in.sliced(start, m_at - start).toByteArray().toLower();
    }

    // Steps over one attribute; false at the end of the tag.
    bool skipAttribute()
    {
        while (m_at < m_in.size() && (isSpace(m_in[m_at]) || m_in[m_at] == '/'))
            ++m_at;
        if (m_at >= m_in.size() || m_in[m_at] == '>')
            return false;
        const qsizetype nameStart = m_at;
        while (m_at < m_in.size() && !isSpace(m_in[m_at]) && m_in[m_at] != '/' && m_in[m_at] != '>'
               && (m_in[m_at] != '=' || m_at == nameStart))
            ++m_at;
        qsizetype afterName = m_at;
        while (afterName < m_in.size() && isSpace(m_in[afterName]))
            ++afterName;
        if (charAt(afterName) != '=')
            return true;
        m_at = afterName + 1;
        while (m_at < m_in.size() && isSpace(m_in[m_at]))
            ++m_at;
        const char quote = charAt(m_at);
        if (quote == '"' || quote == '\'') {
            const qsizetype close = m_in.indexOf(quote, m_at + 1);
            m_at = close < 0 ? m_in.size() : close + 1;
        } else {
            while (m_at < m_in.size() && !isSpace(m_in[m_at]) && m_in[m_at] != '>')
                ++m_at;
        }
        return true;
    }

    void startTag()
    {
        const qsizetype tagStart = m_at++;
        const QByteArray name = readName();
        int attributes = 0;
        qsizetype keptUntil = m_at;
        while (skipAttribute()) {
            if (++attributes <= kMaxAttributes)
                keptUntil = m_at;
        }
        if (m_at >= m_in.size()) {
            // A tag cut off by the end of the file: the parser drops it.
            m_at = tagStart;
            copyTo(m_in.size());
            return;
        }
        const bool selfClosing = m_in[m_at - 1] == '/';
        const qsizetype tagEnd = m_at + 1;
        m_at = tagEnd;

        if (!neverNests(name) && !(m_foreign > 0 && selfClosing)) {
            if (m_open.size() >= kMaxDepth) {
                ++m_leftOut[name];
                return;
            }
            m_open.push_back(name);
            m_foreign += isForeignRoot(name) ? 1 : 0;
        }
        if (attributes > kMaxAttributes) {
            m_out.append(m_in.sliced(tagStart, keptUntil - tagStart));
            m_out.append(selfClosing ? "/>" : ">");
        } else {
            m_out.append(m_in.sliced(tagStart, tagEnd - tagStart));
        }
        if (m_foreign == 0 && name == "plaintext")
            copyTo(m_in.size());
        else if (m_foreign == 0 && holdsRawText(name))
            copyTo(endOfRawText(name));
    }

    // Where "</name" followed by a space, '/' or '>' starts, or the end.
    qsizetype endOfRawText(const QByteArray &name) const
    {
        qsizetype from = m_at;
        for (;;) {
            const qsizetype close = m_in.indexOf("</", from);
            if (close < 0)
                return m_in.size();
            const qsizetype after = close + 2 + name.size();
            if (after <= m_in.size()
                && m_in.sliced(close + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0
                && (after == m_in.size() || isSpace(m_in[after]) || m_in[after] == '/'
                    || m_in[after] == '>'))
                return close;
            from = close + 2;
        }
    }

    void endTag()
    {
        const qsizetype tagStart = m_at;
        m_at += 2;
        const QByteArray name = readName();
        while (skipAttribute()) { }
        m_at = std::min(m_at + 1, m_in.size());

        if (auto leftOut = m_leftOut.find(name); leftOut != m_leftOut.end() && *leftOut > 0) {
            --*leftOut;
            return;
        }
        for (auto open = m_open.rbegin(); open != m_open.rend(); ++open) {
            if (*open != name)
                continue;
            const auto keep = m_open.size() - size_t(open - m_open.rbegin()) - 1;
            for (size_t i = keep; i < m_open.size(); ++i)
                m_foreign -= isForeignRoot(m_open[i]) ? 1 : 0;
            m_open.resize(keep);
            break;
        }
        m_out.append(m_in.sliced(tagStart, m_at - tagStart));
    }

    QByteArrayView m_in;
    QByteArray m_out;
    qsizetype m_at = 0;
    std::vector<QByteArray> m_open;
    QHash<QByteArray, int> m_leftOut;
    int m_foreign = 0; // open <svg> or <math>: no raw text there, and "/>" closes
};

} // namespace

QByteArray limitStructure(QByteArrayView html)
{
    return StructureLimiter(html).run();
}

} // namespace parallax::htmlreader
