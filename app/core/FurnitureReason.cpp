#include "FurnitureReason.h"

#include "TranslationContexts.h"

using namespace Qt::StringLiterals;

namespace parallax {

QString furnitureReasonText(const QString &code)
{
    if (code.startsWith(u"named:"_s)) {
        return IngestText::tr("the page names it as “%1”, and it is not the article's text")
            .arg(code.mid(6));
    }
    struct Reason {
        QStringView code;
        const char *text;
    };
    static const Reason reasons[] = {
        {u"outside", QT_TRANSLATE_NOOP("Ingest", "outside the part of the page that holds the article")},
        {u"hidden", QT_TRANSLATE_NOOP("Ingest", "hidden from readers of the page")},
        {u"navigation", QT_TRANSLATE_NOOP("Ingest", "the page's navigation")},
        {u"aside", QT_TRANSLATE_NOOP("Ingest", "a box beside the article")},
        {u"footer", QT_TRANSLATE_NOOP("Ingest", "a footer")},
        {u"form", QT_TRANSLATE_NOOP("Ingest", "a form")},
        {u"links", QT_TRANSLATE_NOOP("Ingest", "a list of links")},
        {u"byline", QT_TRANSLATE_NOOP("Ingest", "the byline")},
        {u"line", QT_TRANSLATE_NOOP("Ingest", "a line pages use for ads, tools, notices or credits")},
        {u"outlet", QT_TRANSLATE_NOOP("Ingest", "repeats in the outlet's other articles")},
        {u"image-label", QT_TRANSLATE_NOOP("Ingest", "a picture's label")},
        {u"header", QT_TRANSLATE_NOOP("Ingest", "above the headline")},
        {u"other-story", QT_TRANSLATE_NOOP("Ingest", "the headline of another story")},
        {u"trailer", QT_TRANSLATE_NOOP("Ingest", "after the article's last paragraph")},
    };
    for (const Reason &reason : reasons) {
        if (reason.code == code)
            return IngestText::tr(reason.text);
    }
    return {};
}

} // namespace parallax
