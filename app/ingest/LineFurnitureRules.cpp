#include "LineFurnitureRules.h"

#include "ingest/LineShape.h"
#include "ingest/TextMetadata.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr auto Insensitive = QRegularExpression::CaseInsensitiveOption;

// Rules that look for a phrase inside a line only apply to lines of notice
// length: a long paragraph that mentions cookies or copyright is article text.
constexpr int MaxNoticeWords = 60;
constexpr int MaxLabelWords = 8;


// Labels of buttons, players, ads and navigation, alone on their line.
const QRegularExpression &chromeLabel()
{
    static const QRegularExpression rx(
        uR"(^(?:advertisements?|advert|ads?|sponsored(?: content)?|paid (?:content|post)|promoted(?: content)?|partner content)"
        uR"(|(?:story|article) continues (?:below|after (?:this )?advertisement)|continue reading(?: below)?)"
        uR"(|(?:replay|play|watch) video|videos?|watch|listen(?: to (?:this )?article)?)"
        uR"(|(?:read|reader|reading) mode|(?:\d+\s*%\s*)?(?:font|text) size|print|share(?: this (?:article|story))?)"
        uR"(|e-?mail|save(?: (?:article|for later))?|bookmark|copy link|comments?|facebook|twitter|whatsapp|linkedin|reddit|telegram)"
        uR"(|accessibility links|skip to (?:main )?content|skip navigation|menu|search|home|breaking news|live)"
        uR"(|sign in|log in|subscribe(?: now)?|sign up|register|learn more|show more|load more|close|back to top)\s*[:.]?$)"_s,
        Insensitive);
    return rx;
}

const QRegularExpression &linkListHeading()
{
    static const QRegularExpression rx(
        uR"(^(?:read more|related(?: (?:articles?|stories|content|coverage|links|topics|news))?|see also|(?:also|further) read(?:ing)?)"
        uR"(|read (?:also|next)|more on this(?: story)?|more (?:articles|stories|news|videos|reading)(?: (?:from|on|in|about)\b.*)?)"
        uR"(|more from\b.*|(?:see more\s+)?latest(?:\s+\S+){0,2}\s+(?:news|stories|headlines|videos|articles))"
        uR"(|see more\b.*|(?:top|most) (?:stories|read|popular|viewed|shared|content)\b.*|recommended(?: for you| stories| articles)?)"
        uR"(|you (?:may|might) also (?:like|be interested in)|editor'?s picks|around the web|from the web|up next)"
        uR"(|trending(?: now| stories| news)?)\s*[:.]?$)"_s,
        Insensitive);
    return rx;
}

// Whole-line patterns, each a kind of furniture on its own.
const std::array<QRegularExpression, 7> &furniturePatterns()
{
    static const std::array<QRegularExpression, 7> patterns{
        // a video duration, "01:51"
        QRegularExpression(uR"(^\d{1,2}(?::\d{2}){1,2}$)"_s),
        // reading time, "5 min read"
        QRegularExpression(uR"(^\d+\s*(?:minutes?|mins?)\.?\s+read$)"_s, Insensitive),
        // a bare count of comments, shares or views
        QRegularExpression(uR"(^[\d.,]+\s*[km]?$|^[\d.,]+\s*[km]?\s+(?:comments?|shares?|views?|replies|likes|reactions)$)"_s,
                           Insensitive),
        // the alt text of a tracking pixel
        QRegularExpression(uR"(^(?:image beacon\s*)+$|^(?:tracking )?pixel$)"_s, Insensitive),
        // syndication and credit notes
        QRegularExpression(uR"(^this (?:article|story|piece|report) (?:was )?(?:originally|first) (?:appeared|published|ran) (?:on|in|by)\b)"
                           uR"(|^this (?:article|story) (?:is|was) (?:republished|reproduced|adapted) from\b)"
                           uR"(|^(?:additional )?(?:reporting|editing|writing) by\b)"
                           uR"(|^(?:the )?(?:associated press|ap|reuters|afp|pa) contributed to this (?:report|story)\.?$)"_s,
                           Insensitive),
        // copyright lines
        QRegularExpression(uR"(^(?:copyright|©|\(c\))|all rights reserved)"_s, Insensitive),
        // "follow us", "like us on Facebook"
        QRegularExpression(uR"(\bfollow us\b|\blike us on\b)"_s, Insensitive),
    };
    return patterns;
}

// The same kinds of furniture in the other languages the window speaks
// (German, French, Spanish, Chinese, Arabic): ad labels and "read also"
// headings alone on their line, source, editor, share and copyright lines,
// bylines, and date lines. Whole-line or line-start patterns only, so that
// prose quoting such a word stays article text.
bool isNoticeInAnotherLanguage(QStringView line, int words)
{
    static const QRegularExpression label(
        uR"(^(?:anzeige|werbung|publicité|publicidad|anuncio|广告|推广|إعلان|اعلان)\s*[:：]?$)"
        uR"(|^(?:lesen sie auch|mehr zum thema|auch interessant|lire aussi|à lire aussi|sur le même sujet)"
        uR"(|lea también|lee también|te puede interesar|más información|相关阅读|相关新闻|延伸阅读|اقرأ أيضاً?|اقرأ ايضا)\s*[:：]?)"_s,
        Insensitive);
    static const QRegularExpression notice(
        uR"(^(?:quelle|source|fuente|来源|المصدر|责任编辑|编辑|分享到|teilen|partager|compartir)\s*[:：])"
        uR"(|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|版权所有|版权声明|未经授权不得转载)"
        uR"(|جميع الحقوق محفوظة|^免责声明|^打开\s*app|^(?:dieser (?:beitrag|artikel) wurde mit material|con información de)\b)"_s,
        Insensitive);
    // "Von Jana Vogt", "Par Élise Marquant", "بقلم: سامر ناصيف", "记者 周雨桐"
    static const QRegularExpression byline(
        uR"(^(?:(?i:von|par|por)\s+\p{Lu}\S*(?:\s+\S+){0,4}|بقلم\s*:?\s+\S.*|(?:记者|作者)\s*[:：]?\s*\S.*)$)"_s);
    // A date with a time or a year beside it, in digits: "17.11.2026, 14:32
    // Uhr", "10/11/2026 - 13:20 h", "2026年12月01日 11:08", "٢٠٢٦ - ١٤:٢٠".
    static const QRegularExpression numericDate(
        uR"(\d{1,4}\s*[./\-年]\s*\d{1,2}\s*[./\-月]\s*\d{1,4}|\d{1,2}:\d{2}.*\d{4}|\d{4}.*\d{1,2}:\d{2})"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    if (words <= MaxLabelWords && label.match(line).hasMatch())
        return true;
    if (words <= MaxNoticeWords && notice.match(line).hasMatch())
        return true;
    constexpr int MaxMetadataWords = 14;
    if (words > MaxMetadataWords || lineshape::endsWithFullStop(line))
        return false;
    return byline.match(line).hasMatch() || numericDate.match(line).hasMatch();
}

// A notice about the reader's browser, JavaScript or cookies: it speaks to
// the reader about the page, not about the news.
bool isBrowserNotice(QStringView line)
{
    static const QRegularExpression topic(uR"(\b(?:browser|javascript|cookies?)\b)"_s, Insensitive);
    static const QRegularExpression reader(uR"(\b(?:you|your|please)\b)"_s, Insensitive);
    static const QRegularExpression ask(
        uR"(\b(?:using|use|enable|accept|update|supported|consent|settings|policy|experience)\b)"_s,
        Insensitive);
    return topic.match(line).hasMatch() && reader.match(line).hasMatch()
        && ask.match(line).hasMatch();
}

// The outlet promoting itself: "follow our Google News channel", "Get the
// answers with X, our new platform", "Sign up to our newsletter". It names
// one of its own products and speaks to the reader or tells them what to do.
// Reported speech (anything in double quotes) is article text even when
// someone promotes something.
bool isSelfPromotion(QStringView line)
{
    static const QRegularExpression ownProduct(
        uR"(\bour\s+(?:\S+\s+){0,3}?(?:newsletters?|apps?|channel|platform|podcasts?|feed|alerts|briefing|subscription|membership|whatsapp|telegram|facebook|twitter|instagram|youtube|tiktok|google news)\b)"_s,
        Insensitive);
    static const QRegularExpression toReader(
        uR"(\byou(?:r)?\b|\b(?:follow|subscribe to|sign up (?:to|for)|download|join|listen to|install)\s+our\b|(?:^|[.!?]\s+)(?:get|sign up|subscribe|download|follow|join|try|listen|install|read|visit)\b)"_s,
        Insensitive);
    static const QRegularExpression quotes(uR"(["“”«»])"_s);
    return ownProduct.match(line).hasMatch() && toReader.match(line).hasMatch()
        && !quotes.match(line).hasMatch();
}

// A menu or breadcrumb flattened into one line: "Home | News | Sport",
// "World › Asia › China".
bool isNavigationTrail(QStringView line)
{
    static const QRegularExpression separator(uR"(\s[|•·›»>/]\s)"_s);
    constexpr int MinItems = 3;
    constexpr int MaxItemWords = 3;
    const QList<QStringView> items = line.split(separator);
    if (items.size() < MinItems)
        return false;
    for (QStringView item : items) {
        const int words = lineshape::wordCount(item);
        if (words == 0 || words > MaxItemWords)
            return false;
    }
    return true;
}

// A photo caption: it ends with a credit ("… Photo: AFP", "… (Pool via AP)")
// or starts the way agencies file pictures ("FILE: …").
bool isCaption(QStringView line)
{
    static const QRegularExpression filed(uR"(^(?:file(?: photo)?|photo|picture|image)\s*:)"_s, Insensitive);
    static const QRegularExpression credit(
        uR"((?:^|[\s.])(?:photos?|pictures?|photograph|image|pic|credit|photo credit|illustration|graphic|foto|bild|imagen)\s*:\s*(?-i:[A-Z])[^.!?:]{0,60}$)"_s,
        Insensitive);
    static const QRegularExpression agencyCredit(
        uR"(\((?:[^()]*[\s/])?(?:Reuters|AP|AFP|PA|EPA|Getty(?: Images)?|Xinhua|Bloomberg|Shutterstock|Alamy|Pool|ANI|PTI|Anadolu|Kyodo|Yonhap|dpa|DPA|Sipa|NurPhoto|SOPA Images)(?:[\s/][^()]*)?\)$)"_s);
    // A credit is a capitalised name or two, not a clause.
    constexpr int MaxCreditWords = 6;
    const QRegularExpressionMatch creditMatch = credit.match(line);
    if (creditMatch.hasMatch()) {
        const QStringView creditText = line.mid(creditMatch.capturedStart());
        if (lineshape::wordCount(creditText) <= MaxCreditWords + 1)
            return true;
    }
    // Chinese photo credit: "（本报记者 何嘉明 摄）"
    static const QRegularExpression chineseCredit(uR"([（(][^（）()]{1,30}摄[）)]$)"_s);
    return filed.match(line).hasMatch() || agencyCredit.match(line).hasMatch()
        || chineseCredit.match(line).hasMatch();
}

} // namespace

bool isLinkListHeading(QStringView line)
{
    return lineshape::wordCount(line) <= MaxLabelWords && !lineshape::endsWithFullStop(line)
        && linkListHeading().match(line).hasMatch();
}

std::optional<BlockRole> lineFurnitureRole(QStringView line)
{
    const int words = lineshape::wordCount(line);
    if (words <= MaxLabelWords
        && (chromeLabel().match(line).hasMatch() || isLinkListHeading(line))) {
        return BlockRole::Furniture;
    }
    if (TextMetadataReader::isDateLine(line) || TextMetadataReader::isLogoLine(line)
        || !TextMetadataReader::bylineIn(line).isEmpty()) {
        return BlockRole::Furniture;
    }
    if (isCaption(line))
        return BlockRole::Caption;
    if (words > MaxNoticeWords)
        return std::nullopt;
    for (const QRegularExpression &pattern : furniturePatterns()) {
        if (pattern.match(line).hasMatch())
            return BlockRole::Furniture;
    }
    if (isBrowserNotice(line) || isSelfPromotion(line) || isNavigationTrail(line)
        || isNoticeInAnotherLanguage(line, words)) {
        return BlockRole::Furniture;
    }
    return std::nullopt;
}

} // namespace parallax
