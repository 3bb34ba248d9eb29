#include "ClaimItems.h"

#include "PreparedArticle.h"
#include "Vocabulary.h"
#include "core/Article.h"

#include <algorithm>

namespace parallax {

namespace {

// What each kind of item weighs before rarity: a figure pins a claim down
// most, a name says whom a claim is about but not what it says, and the
// frame ("the minister said", "contributed to this report") nearly nothing.
constexpr float WordWeight = 1.0f;
constexpr float NameWeight = 0.6f;
constexpr float FrameWeight = 0.25f;
constexpr float FigureWeight = 1.2f;
constexpr float DateWeight = 0.8f;
// A word common to the whole story still says something.
constexpr float CommonWordFloor = 0.5f;

// Marks the tokens of sentence (first..end) that fall in a fact's range, as
// items of their own; ranges are in the sentence text, tokens in the block.
template<typename Fact>
void addFactItems(const QList<Fact> &facts, ClaimItem::Kind kind, std::vector<Fact> &store, int sentenceStart,
                  const PreparedArticle &article, int first, int end, std::vector<int> &owner,
                  std::vector<ClaimItem> &items)
{
    for (qsizetype f = 0; f < facts.size(); ++f) {
        // Facts sharing one range ("June 18-19") are one item.
        const TextRange range = facts[f].range;
        qsizetype last = f + 1;
        while (last < facts.size() && facts[last].range == range)
            ++last;
        ClaimItem item{kind, -1, -1, int(store.size()), int(store.size() + size_t(last - f)), 0, 0, 0};
        for (qsizetype g = f; g < last; ++g)
            store.push_back(facts[g]);
        for (int t = first; t < end; ++t) {
            const Token &token = article.tokens[size_t(t)];
            if (token.start >= sentenceStart + range.start && token.end <= sentenceStart + range.end
                && owner[size_t(t - first)] < 0) {
                owner[size_t(t - first)] = int(items.size());
                if (item.firstToken < 0)
                    item.firstToken = t;
                item.endToken = t + 1;
            }
        }
        if (item.firstToken >= 0)
            items.push_back(item);
        f = last - 1;
    }
}

// Packs up to twelve Latin letters, five bits each; 0 when there are none
// or too many to be initials.
class LetterPack
{
public:
    bool add(QChar c)
    {
        const char16_t lower = c.toLower().unicode();
        if (lower < u'a' || lower > u'z' || m_count == 12)
            return false;
        m_value = (m_value << 5) | std::uint64_t(lower - u'a' + 1);
        ++m_count;
        return true;
    }
    std::uint64_t value() const { return m_count >= 2 ? m_value : 0; }

private:
    std::uint64_t m_value = 0;
    int m_count = 0;
};

// The initials of a name's words and, for a single word in capitals, its
// letters ("U.S." and "ECB" alike).
void readInitials(ClaimItem &item, const PreparedArticle &article, const QString &text)
{
    LetterPack initials;
    for (int t = item.firstToken; t < item.endToken; ++t) {
        const Token &token = article.tokens[size_t(t)];
        // A token may span two words ("United States").
        bool wordStart = true;
        for (int c = token.start; c < token.end; ++c) {
            if (wordStart && text[c].isLetter())
                initials.add(text[c]);
            wordStart = text[c].isSpace();
        }
    }
    item.initials = initials.value();
    if (item.endToken - item.firstToken != 1)
        return;
    const Token &token = article.tokens[size_t(item.firstToken)];
    LetterPack acronym;
    for (int c = token.start; c < token.end; ++c) {
        if (text[c].isLower() || (text[c].isLetter() && !acronym.add(text[c])))
            return;
    }
    item.acronym = acronym.value();
}

} // namespace

void collectClaimItems(PreparedArticle &article, const Article &source, const Vocabulary &vocabulary)
{
    std::vector<int> owner;
    for (PreparedSentence &sentence : article.sentences) {
        sentence.firstItem = int(article.items.size());
        const int first = sentence.firstToken;
        const int end = sentence.endToken;
        owner.assign(size_t(end - first), -1);
        bool mayHoldFacts = false;
        for (int t = first; t < end; ++t) {
            const WordInfo &info = vocabulary.info(article.tokens[size_t(t)].word);
            sentence.negated = sentence.negated || info.negation;
            sentence.hasPronoun = sentence.hasPronoun || info.pronoun;
            mayHoldFacts = mayHoldFacts || info.number || info.calendar;
        }
        // Chinese numerals (三百亿) are words, not numbers, to the tokenizer.
        if (mayHoldFacts || article.language.writesWithoutSpaces()) {
            const Block &block = source.blocks[sentence.block];
            const Sentence &range = block.sentences[sentence.sentence];
            const Facts facts = factsOf(block.text.mid(range.start, range.end - range.start), source.meta.published,
                                        article.language);
            addFactItems(facts.numbers, ClaimItem::Kind::Figure, article.figures, range.start, article, first, end,
                         owner, article.items);
            addFactItems(facts.dates, ClaimItem::Kind::Date, article.dates, range.start, article, first, end, owner,
                         article.items);
        }
        for (int t = first; t < end; ++t) {
            const int word = article.tokens[size_t(t)].word;
            const WordInfo &info = vocabulary.info(word);
            if (owner[size_t(t - first)] >= 0 || !info.content)
                continue;
            // A capitalised first word starts a name when a name follows
            // it ("Tesraline Motors said", "Judge Alan Whitcombe told").
            const bool capitalised = article.tokenIsName[size_t(t)]
                || (t == first && article.tokens[size_t(t)].capitalised && t + 1 < end
                    && article.tokenIsName[size_t(t) + 1]);
            const bool name = capitalised && !info.calendar && !info.frame && !info.number;
            // A run of capitalised words is one name.
            if (name && t > first && !article.items.empty() && article.items.back().kind == ClaimItem::Kind::Name
                && article.items.back().endToken == t && int(article.items.size()) > sentence.firstItem) {
                article.items.back().endToken = t + 1;
                continue;
            }
            const ClaimItem::Kind kind = name ? ClaimItem::Kind::Name
                                       : info.frame ? ClaimItem::Kind::Frame
                                                    : ClaimItem::Kind::Word;
            const bool single = kind != ClaimItem::Kind::Name;
            article.items.push_back({kind, t, t + 1, 0, 0, 0, 0, 0, single ? word : -1, single ? info.stem : -1});
        }
        sentence.endItem = int(article.items.size());
        const QString &text = source.blocks[sentence.block].text;
        for (int i = sentence.firstItem; i < sentence.endItem; ++i) {
            if (article.items[size_t(i)].kind == ClaimItem::Kind::Name)
                readInitials(article.items[size_t(i)], article, text);
        }
        // In reading order, so that an item's neighbours are its context.
        std::sort(article.items.begin() + sentence.firstItem, article.items.end(),
                  [](const ClaimItem &l, const ClaimItem &r) { return l.firstToken < r.firstToken; });
    }
}

void weighClaimItems(PreparedArticle &article, const Vocabulary &vocabulary, const StemWeights &weights)
{
    auto rarity = [&](int token) {
        const int stem = vocabulary.info(article.tokens[size_t(token)].word).stem;
        return std::clamp(weights.weight[size_t(stem)] / weights.specificWeight, CommonWordFloor, 1.0f);
    };
    for (ClaimItem &item : article.items) {
        switch (item.kind) {
        case ClaimItem::Kind::Word:
            item.weight = WordWeight * rarity(item.firstToken);
            break;
        case ClaimItem::Kind::Name: {
            // A name is as telling as its rarest word: "Antony" or "Blinken".
            float most = 0;
            for (int t = item.firstToken; t < item.endToken; ++t)
                most = std::max(most, rarity(t));
            item.weight = NameWeight * most;
            break;
        }
        case ClaimItem::Kind::Frame:
            item.weight = FrameWeight;
            break;
        case ClaimItem::Kind::Figure:
            item.weight = FigureWeight;
            break;
        case ClaimItem::Kind::Date:
            item.weight = DateWeight;
            break;
        }
    }
}

} // namespace parallax
