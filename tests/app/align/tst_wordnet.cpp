// WordNet: relations that hold in Debian's wordnet-base (WordNet 3.0), the
// corners of the file format on a small dictionary written here, and damaged
// or hostile files, which give an empty or partial dictionary and never a
// crash or a hang.

#include "align/WordNet.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <sys/stat.h>

#include <algorithm>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;
using namespace parallax;
using Relation = WordNet::Relation;

Q_DECLARE_METATYPE(WordNet::Relation)

namespace {

const QString SystemDir = u"/usr/share/wordnet"_s;
const char *const NotInstalled = "WordNet is not installed in /usr/share/wordnet (Debian: apt install wordnet-base)";

QStringList lemmaNames(const WordNet &wordNet, std::u16string_view word)
{
    QStringList names;
    for (int lemma : wordNet.lemmasOf(word))
        names.append(wordNet.lemmaName(lemma));
    return names;
}

Relation relate(const WordNet &wordNet, const QString &a, const QString &b)
{
    return wordNet.relation(wordNet.lemmasOf(a.toStdU16String()), wordNet.lemmasOf(b.toStdU16String()));
}

const char *relationName(Relation relation)
{
    static const char *const names[] = {"None", "Synonym", "Derived", "Antonym"};
    return names[int(relation)];
}

// Asks what the matcher asks, so that a damaged dictionary is used, not only read.
void useEveryWay(const WordNet &wordNet)
{
    for (const char16_t *a : {u"rose", u"talks", u"decision", u"up", u"soaring", u"bank"}) {
        const std::vector<int> lemmas = wordNet.lemmasOf(a);
        for (int lemma : lemmas)
            QVERIFY(!wordNet.lemmaName(lemma).isEmpty());
        for (const char16_t *b : {u"fell", u"negotiate", u"decide", u"down", u"trust"})
            wordNet.relation(lemmas, wordNet.lemmasOf(b));
    }
}

const std::map<QString, QByteArray> &smallFiles()
{
    static const QByteArray header = "  1 This software and database is being provided to you, the LICENSEE, by  \n"
                                     "  2 Princeton University under the following license.  \n";
    // Offsets need not be byte positions here: the reader keys synsets by them.
    static const std::map<QString, QByteArray> files = {
        {u"index.noun"_s, header + "decision n 1 2 @ + 1 1 00000300  \n"
                                   "negotiation n 1 2 @ + 1 1 00000100  \n"
                                   "talks n 1 2 @ + 1 1 00000100  \n"},
        // The eleventh word (0b) of a synset, and a capitalised word: both
        // reached only by pointers written in hex.
        {u"data.noun"_s, header + "00000100 04 n 02 Talks 0 negotiation 0 001 + 00000500 v 0101 | discussion  \n"
                                  "00000300 04 n 0b alpha 0 beta 0 gamma 0 delta 0 epsilon 0 zeta 0 eta 0 theta 0 "
                                  "iota 0 kappa 0 decision 0 001 + 00000600 v 0b01 | making up your mind  \n"},
        {u"index.verb"_s, header + "bank v 4 1 @ 4 2 00000801 00000802 00000803 00000804  \n"
                                   "decide v 1 1 + 1 1 00000600  \n"
                                   "fall v 1 1 ! 1 1 00000700  \n"
                                   "negotiate v 1 1 + 1 1 00000500  \n"
                                   "rely v 1 1 @ 1 1 00000803  \n"
                                   "rise v 1 1 ! 1 1 00000650  \n"
                                   "trust v 1 1 @ 1 1 00000804  \n"},
        // Verb frames ("01 + 08 00") follow the pointers and are not pointers;
        // "0000" marks a semantic pointer, which joins no two words.
        {u"data.verb"_s, header + "00000500 31 v 01 negotiate 0 001 + 00000100 n 0101 01 + 08 00 | discuss terms  \n"
                                  "00000600 31 v 01 decide 0 001 + 00000300 n 010b 02 + 08 00 + 09 00 | decide  \n"
                                  "00000650 38 v 01 rise 0 001 ! 00000700 v 0101 01 + 01 00 | move upward  \n"
                                  "00000700 38 v 01 fall 0 001 ! 00000650 v 0101 01 + 01 00 | descend  \n"
                                  "00000801 35 v 01 bank 0 000 01 + 01 00 | tip laterally  \n"
                                  "00000802 35 v 01 bank 0 000 01 + 01 00 | enclose with a bank  \n"
                                  "00000803 35 v 02 bank 0 rely 0 001 ! 00000700 v 0000 01 + 01 00 | count on  \n"
                                  "00000804 35 v 02 bank 0 trust 0 000 01 + 01 00 | have faith in  \n"},
        {u"index.adj"_s, header + "down a 1 1 ! 1 1 00001100  \n"
                                  "soaring a 1 1 & 1 1 00001200  \n"
                                  "up a 1 1 ! 1 1 00001000  \n"},
        // "(p)": an adjective's position, not part of the word.
        {u"data.adj"_s, header + "00001000 00 a 01 up 0 002 ! 00001100 a 0101 & 00001200 s 0000 | higher  \n"
                                 "00001100 00 a 01 down(p) 0 001 ! 00001000 a 0101 | lower  \n"
                                 "00001200 00 s 01 soaring 0 001 & 00001000 a 0000 | ascending high  \n"},
        {u"index.adv"_s, header},
        {u"data.adv"_s, header},
        {u"verb.exc"_s, "fell fall\nrose rise\n"},
        {u"noun.exc"_s, QByteArray()},
        {u"adj.exc"_s, QByteArray()},
        {u"adv.exc"_s, QByteArray()},
    };
    return files;
}

// A new file each time: ext4 flushes a file truncated and written again to
// the disk when it is closed, which made the truncation test take seconds.
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile::remove(path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The small dictionary in dir, with the named files replaced.
void writeSmallDictionary(const QString &dir, const std::map<QString, QByteArray> &replaced = {})
{
    for (const auto &[name, bytes] : smallFiles()) {
        const auto it = replaced.find(name);
        writeFile(dir + u'/' + name, it == replaced.end() ? bytes : it->second);
    }
}

} // namespace

class TestWordNet final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lemmasOf_data();
    void lemmasOf();
    void relation_data();
    void relation();
    void emptyAndForeignInput();
    void systemIsOneInstance();
    void missingDictionary();
    void smallDictionary_data();
    void smallDictionary();
    void truncatedFiles();
    void damagedFiles_data();
    void damagedFiles();
    void mutatedFiles();
    void notRegularFiles();
    void partialSystemDictionary();
    void cachedTablesAnswerAsRead();
    void damagedOrStaleCacheIsReadAgain();

private:
    WordNet m_wordNet; // the system dictionary
};

void TestWordNet::initTestCase()
{
    // A dependency, not an option: the sentence matcher's figures rest on it.
    QVERIFY2(QFileInfo::exists(SystemDir + u"/index.noun"_s), NotInstalled);
    m_wordNet = WordNet::load(SystemDir);
    QVERIFY(!m_wordNet.isEmpty());
}

void TestWordNet::lemmasOf_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("includes");
    QTest::addColumn<QStringList>("excludes");

    QTest::newRow("irregular past") << u"rose"_s << QStringList{u"rise.v"_s, u"rose.n"_s} << QStringList{};
    QTest::newRow("irregular, not the rules") << u"went"_s << QStringList{u"go.v"_s} << QStringList{u"wend.v"_s};
    QTest::newRow("irregular plural") << u"children"_s << QStringList{u"child.n"_s} << QStringList{};
    QTest::newRow("participle") << u"slain"_s << QStringList{u"slay.v"_s, u"slain.n"_s} << QStringList{};
    QTest::newRow("ing to e") << u"interfering"_s << QStringList{u"interfere.v"_s, u"interfering.a"_s}
                              << QStringList{u"interfer.v"_s};
    QTest::newRow("ed") << u"killed"_s << QStringList{u"kill.v"_s} << QStringList{};
    QTest::newRow("plural and its own lemma") << u"talks"_s
                                              << QStringList{u"talk.n"_s, u"talk.v"_s, u"talks.n"_s}
                                              << QStringList{};
    QTest::newRow("comparative") << u"higher"_s << QStringList{u"high.a"_s} << QStringList{};
    QTest::newRow("nouns in ss keep it") << u"boss"_s << QStringList{u"boss.n"_s} << QStringList{u"bos.n"_s};
    // adj.exc lists "boner boner" only to keep the rules off it.
    QTest::newRow("listed to block the rules") << u"boner"_s << QStringList{u"boner.n"_s}
                                               << QStringList{u"bone.a"_s};
    QTest::newRow("folded") << u"Rose"_s << QStringList{u"rise.v"_s, u"rose.n"_s} << QStringList{};
    QTest::newRow("unknown") << u"xqzvbrt"_s << QStringList{} << QStringList{};
}

void TestWordNet::lemmasOf()
{
    QFETCH(QString, word);
    QFETCH(QStringList, includes);
    QFETCH(QStringList, excludes);

    const std::vector<int> lemmas = m_wordNet.lemmasOf(word.toStdU16String());
    QVERIFY(std::is_sorted(lemmas.begin(), lemmas.end()));
    QVERIFY(std::adjacent_find(lemmas.begin(), lemmas.end()) == lemmas.end());
    const QStringList names = lemmaNames(m_wordNet, word.toStdU16String());
    for (const QString &name : includes)
        QVERIFY2(names.contains(name), qPrintable(name + u" not in "_s + names.join(u' ')));
    for (const QString &name : excludes)
        QVERIFY2(!names.contains(name), qPrintable(name + u" in "_s + names.join(u' ')));
    if (includes.isEmpty())
        QVERIFY(names.isEmpty());
}

// What holds in WordNet 3.0 with the first three senses of each lemma.
void TestWordNet::relation_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<Relation>("expected");

    QTest::newRow("purchase buy") << u"purchase"_s << u"buy"_s << Relation::Synonym;
    QTest::newRow("bought purchased") << u"bought"_s << u"purchased"_s << Relation::Synonym;
    QTest::newRow("begin start") << u"begin"_s << u"start"_s << Relation::Synonym;
    QTest::newRow("began start") << u"began"_s << u"start"_s << Relation::Synonym;
    QTest::newRow("said told") << u"said"_s << u"told"_s << Relation::Synonym;
    // talks.n is a lemma of its own, in negotiation's first synset.
    QTest::newRow("talks negotiations") << u"talks"_s << u"negotiations"_s << Relation::Synonym;
    // Adjectives of one synset (01352561); the verbs are not synonyms.
    QTest::newRow("meddling interfering") << u"meddling"_s << u"interfering"_s << Relation::Synonym;
    QTest::newRow("meddle interfere") << u"meddle"_s << u"interfere"_s << Relation::None;
    QTest::newRow("one lemma") << u"rose"_s << u"rising"_s << Relation::Synonym;
    QTest::newRow("closed shut") << u"closed"_s << u"shut"_s << Relation::Synonym;

    QTest::newRow("decision decide") << u"decision"_s << u"decide"_s << Relation::Derived;
    QTest::newRow("decided decision") << u"decided"_s << u"decision"_s << Relation::Derived;
    QTest::newRow("investigation investigate") << u"investigation"_s << u"investigate"_s << Relation::Derived;
    QTest::newRow("died death") << u"died"_s << u"death"_s << Relation::Derived;
    // Through a synonym: purchase.v is buy.v's, and buyer is derived from buy.
    QTest::newRow("purchase buyer") << u"purchase"_s << u"buyer"_s << Relation::Derived;

    QTest::newRow("rose fell") << u"rose"_s << u"fell"_s << Relation::Antonym;
    QTest::newRow("rising falling") << u"rising"_s << u"falling"_s << Relation::Antonym;
    QTest::newRow("increase decrease") << u"increase"_s << u"decrease"_s << Relation::Antonym;
    QTest::newRow("increased decreased") << u"increased"_s << u"decreased"_s << Relation::Antonym;
    QTest::newRow("won lost") << u"won"_s << u"lost"_s << Relation::Antonym;
    QTest::newRow("up down") << u"up"_s << u"down"_s << Relation::Antonym;
    QTest::newRow("higher lower") << u"higher"_s << u"lower"_s << Relation::Antonym;
    QTest::newRow("sold bought") << u"sold"_s << u"bought"_s << Relation::Antonym;
    // A satellite of large, whose antonym is small.
    QTest::newRow("huge small") << u"huge"_s << u"small"_s << Relation::Antonym;
    // Antonyms, and synonyms in another sense: the antonym wins.
    QTest::newRow("maternal paternal") << u"maternal"_s << u"paternal"_s << Relation::Antonym;

    QTest::newRow("ferry budget") << u"ferry"_s << u"budget"_s << Relation::None;
    // Only bank's eighth verb sense is trust's first.
    QTest::newRow("bank trust") << u"bank"_s << u"trust"_s << Relation::None;
    // slay.v is a kind of kill.v, not a synonym.
    QTest::newRow("killed slain") << u"killed"_s << u"slain"_s << Relation::None;
    // Antonyms are lexical: large's is small, little's is big.
    QTest::newRow("large little") << u"large"_s << u"little"_s << Relation::None;
    QTest::newRow("happy sad") << u"happy"_s << u"sad"_s << Relation::None;
    QTest::newRow("unknown word") << u"xqzvbrt"_s << u"ferry"_s << Relation::None;
}

void TestWordNet::relation()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(Relation, expected);

    QCOMPARE(relationName(relate(m_wordNet, a, b)), relationName(expected));
    QCOMPARE(relationName(relate(m_wordNet, b, a)), relationName(expected));
}

void TestWordNet::emptyAndForeignInput()
{
    QVERIFY(m_wordNet.lemmasOf(u"").empty());
    QVERIFY(m_wordNet.lemmasOf(u"caf\u00e9").empty());
    // Phrases are not read: the matcher compares words.
    QVERIFY(m_wordNet.lemmasOf(u"ice_cream").empty());
    QVERIFY(m_wordNet.lemmasOf(u"ice cream").empty());

    const std::vector<int> rose = m_wordNet.lemmasOf(u"rose");
    QCOMPARE(m_wordNet.relation({}, rose), Relation::None);
    QCOMPARE(m_wordNet.relation(rose, {}), Relation::None);
    const std::vector<int> notLemmas = {-1, std::numeric_limits<int>::max()};
    QCOMPARE(m_wordNet.relation(notLemmas, notLemmas), Relation::None);
    QCOMPARE(m_wordNet.lemmaName(-1), QString());
}

void TestWordNet::systemIsOneInstance()
{
    const QList<const WordNet *> instances = QtConcurrent::blockingMapped<QList<const WordNet *>>(
        QList<int>{0, 1, 2, 3, 4, 5, 6, 7}, [](int) { return &WordNet::system(); });
    for (const WordNet *instance : instances)
        QCOMPARE(instance, &WordNet::system());
    if (qEnvironmentVariableIsEmpty("PARALLAX_WORDNET_DIR"))
        QVERIFY(!WordNet::system().isEmpty());
}

void TestWordNet::missingDictionary()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &path : {QString(), dir.path(), dir.filePath(u"absent"_s)}) {
        const WordNet wordNet = WordNet::load(path);
        QVERIFY(wordNet.isEmpty());
        QVERIFY(wordNet.lemmasOf(u"rose").empty());
        QCOMPARE(wordNet.relation(std::vector<int>{0}, std::vector<int>{0}), Relation::None);
    }
    const WordNet empty;
    QVERIFY(empty.isEmpty());

    // Without its exception lists the dictionary still reads; "rose" is then only the flower.
    writeSmallDictionary(dir.path());
    for (const QString &name : {u"noun.exc"_s, u"verb.exc"_s, u"adj.exc"_s, u"adv.exc"_s})
        QVERIFY(QFile::remove(dir.filePath(name)));
    const WordNet noExceptions = WordNet::load(dir.path());
    QVERIFY(!noExceptions.isEmpty());
    QVERIFY(noExceptions.lemmasOf(u"rose").empty());
    QCOMPARE(relate(noExceptions, u"rising"_s, u"falling"_s), Relation::Antonym);

    // Without one data file it does not.
    QVERIFY(QFile::remove(dir.filePath(u"data.adv"_s)));
    QVERIFY(WordNet::load(dir.path()).isEmpty());
}

void TestWordNet::smallDictionary_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<Relation>("expected");

    QTest::newRow("shared synset") << u"talks"_s << u"negotiation"_s << Relation::Synonym;
    QTest::newRow("capitalised word, hex word numbers") << u"talks"_s << u"negotiate"_s << Relation::Derived;
    QTest::newRow("derived from a synonym") << u"negotiations"_s << u"negotiate"_s << Relation::Derived;
    QTest::newRow("eleventh word") << u"decision"_s << u"decided"_s << Relation::Derived;
    QTest::newRow("exception list") << u"rose"_s << u"fell"_s << Relation::Antonym;
    QTest::newRow("adjective position marker") << u"up"_s << u"down"_s << Relation::Antonym;
    QTest::newRow("satellite") << u"soaring"_s << u"down"_s << Relation::Antonym;
    QTest::newRow("satellite and its head") << u"soaring"_s << u"up"_s << Relation::None;
    QTest::newRow("third sense") << u"bank"_s << u"rely"_s << Relation::Synonym;
    QTest::newRow("fourth sense") << u"bank"_s << u"trust"_s << Relation::None;
    QTest::newRow("semantic pointer") << u"rely"_s << u"fall"_s << Relation::None;
}

void TestWordNet::smallDictionary()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(Relation, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeSmallDictionary(dir.path());
    const WordNet wordNet = WordNet::load(dir.path());
    QVERIFY(!wordNet.isEmpty());
    QCOMPARE(lemmaNames(wordNet, u"rose"), QStringList{u"rise.v"_s});
    QCOMPARE(relationName(relate(wordNet, a, b)), relationName(expected));
    QCOMPARE(relationName(relate(wordNet, b, a)), relationName(expected));
}

// Every file cut at every byte.
void TestWordNet::truncatedFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeSmallDictionary(dir.path());
    int usable = 0;
    int loads = 0;
    for (const auto &[name, bytes] : smallFiles()) {
        for (qsizetype size = 0; size < bytes.size(); ++size) {
            writeFile(dir.filePath(name), bytes.left(size));
            const WordNet wordNet = WordNet::load(dir.path());
            useEveryWay(wordNet);
            usable += wordNet.isEmpty() ? 0 : 1;
            ++loads;
        }
        writeFile(dir.filePath(name), bytes);
    }
    // Only a cut index with no lemma left empties the dictionary.
    QVERIFY2(usable > loads * 9 / 10, qPrintable(u"%1 of %2"_s.arg(usable).arg(loads)));
}

void TestWordNet::damagedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("empty");

    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char(i * 37 % 256));
    const QByteArray longLine = QByteArray(3 * 1024 * 1024, 'x') + "\n";
    QByteArray sharedSynset; // every lemma in one synset: billions of synonym links
    for (int i = 0; i < 20000; ++i)
        sharedSynset += "lemma" + QByteArray::number(i) + " n 1 0 1 1 00000100\n";
    // A satellite of 255 words similar 999 times to a head with 999 antonyms.
    QByteArray manyAntonyms = "00001000 00 a 01 up 0 999" + QByteArray(" ! 00001100 a 0101").repeated(999) + " | x\n"
        + "00001100 00 a 01 down(p) 0 001 ! 00001000 a 0101 | x\n"
        + "00001200 00 s ff" + QByteArray(" soaring 0").repeated(255) + " 999"
        + QByteArray(" & 00001000 a 0000").repeated(999) + " | x\n";

    QTest::newRow("binary index") << u"index.noun"_s << binary << false;
    QTest::newRow("binary data") << u"data.verb"_s << binary << false;
    QTest::newRow("NUL bytes") << u"data.noun"_s << QByteArray(5000, '\0') << false;
    QTest::newRow("one long line") << u"data.noun"_s << longLine << false;
    QTest::newRow("CRLF") << u"index.noun"_s
                          << QByteArray(smallFiles().at(u"index.noun"_s)).replace("\n", "\r\n") << false;
    QTest::newRow("huge counts") << u"data.verb"_s
                                 << QByteArray("00000650 38 v ff rise 0 999 ! 00000700 v 0101 | x\n"
                                               "99999999999 38 v 01 rise 0 001 ! 00000700 v 0101 | x\n"
                                               "-0000650 38 v 01 rise 0 001 ! 00000700 v 0101 | x\n")
                                 << false;
    QTest::newRow("word numbers past the synset") << u"data.verb"_s
                                                  << QByteArray("00000650 38 v 01 rise 0 002 ! 00000700 v ffff "
                                                                "! 00000700 v 0102 | x\n"
                                                                "00000700 38 v 01 fall 0 001 ! 00000650 v 0201 | x\n")
                                                  << false;
    QTest::newRow("pointer to no synset") << u"data.verb"_s
                                          << QByteArray("00000650 38 v 01 rise 0 001 ! 00000999 v 0101 | x\n"
                                                        "00000650 38 v 01 rise 0 001 ! 00000650 q 0101 | x\n")
                                          << false;
    QTest::newRow("index counts past the line") << u"index.verb"_s
                                                << QByteArray("rise v 3 99999999 ! 1 1 00000650\n"
                                                              "fall v 99999999 1 ! 1 1 00000700\n"
                                                              "rise v 1 1 ! 1 1 00000650\n")
                                                << false;
    QTest::newRow("lemma listed twice") << u"index.verb"_s
                                        << QByteArray("rise v 1 1 ! 1 1 00000650\nrise v 1 1 ! 1 1 00000700\n")
                                        << false;
    QTest::newRow("many bases") << u"verb.exc"_s << QByteArray("rose" + QByteArray(" rise").repeated(100000) + "\n")
                                << false;
    QTest::newRow("every lemma one synset") << u"index.noun"_s << sharedSynset << true;
    QTest::newRow("999 times 999 antonyms") << u"data.adj"_s << manyAntonyms << true;
}

void TestWordNet::damagedFiles()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, empty);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeSmallDictionary(dir.path(), {{file, bytes}});
    const WordNet wordNet = WordNet::load(dir.path());
    QCOMPARE(wordNet.isEmpty(), empty);
    useEveryWay(wordNet);
    // The files left alone still answer.
    if (!empty && !file.endsWith(u"noun"_s))
        QCOMPARE(relate(wordNet, u"talks"_s, u"negotiation"_s), Relation::Synonym);
}

// Bytes changed, dropped and repeated at random, over and over.
void TestWordNet::mutatedFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeSmallDictionary(dir.path());
    QRandomGenerator random(20240601);
    const QStringList names = {u"index.noun"_s, u"data.noun"_s, u"index.verb"_s,
                               u"data.verb"_s, u"data.adj"_s, u"verb.exc"_s};
    for (int round = 0; round < 600; ++round) {
        const QString name = names[random.bounded(int(names.size()))];
        QByteArray bytes = smallFiles().at(name);
        for (int edit = random.bounded(1, 8); edit > 0 && !bytes.isEmpty(); --edit) {
            const qsizetype at = random.bounded(bytes.size());
            switch (random.bounded(3)) {
            case 0:
                bytes[at] = "0123456789abcdef !&+|\n\0\xff"[random.bounded(25)];
                break;
            case 1:
                bytes.remove(at, random.bounded(1, 12));
                break;
            default:
                bytes.insert(at, bytes.mid(random.bounded(bytes.size()), random.bounded(1, 40)));
                break;
            }
        }
        writeFile(dir.filePath(name), bytes);
        useEveryWay(WordNet::load(dir.path()));
        writeFile(dir.filePath(name), smallFiles().at(name));
    }
}

void TestWordNet::notRegularFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeSmallDictionary(dir.path());
    QVERIFY(!WordNet::load(dir.path()).isEmpty());

    // Larger than any WordNet file (sparse: nothing is written).
    QFile large(dir.filePath(u"data.noun"_s));
    QVERIFY(large.resize(64 * 1024 * 1024 + 1));
    QVERIFY(WordNet::load(dir.path()).isEmpty());
    QVERIFY(large.remove());

    QVERIFY(QDir(dir.path()).mkdir(u"data.noun"_s));
    QVERIFY(WordNet::load(dir.path()).isEmpty());
    QVERIFY(QDir(dir.path()).rmdir(u"data.noun"_s));

    // Reading a FIFO would wait for a writer for ever.
    QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(u"data.noun"_s)).constData(), 0600) == 0);
    QVERIFY(WordNet::load(dir.path()).isEmpty());
}

// Half of data.noun: the nouns lose their pointers, the rest still works.
void TestWordNet::partialSystemDictionary()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QFileInfo &file : QDir(SystemDir).entryInfoList(QDir::Files)) {
        if (file.fileName() != u"data.noun"_s)
            QVERIFY(QFile::link(file.filePath(), dir.filePath(file.fileName())));
    }
    QFile whole(SystemDir + u"/data.noun"_s);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    writeFile(dir.filePath(u"data.noun"_s), whole.read(whole.size() / 2));

    const WordNet partial = WordNet::load(dir.path());
    QVERIFY(!partial.isEmpty());
    QCOMPARE(relate(partial, u"rose"_s, u"fell"_s), Relation::Antonym);
    QCOMPARE(relate(partial, u"talks"_s, u"negotiations"_s), Relation::Synonym);
    QCOMPARE(relate(partial, u"increase"_s, u"decrease"_s), Relation::Antonym);
}

// The system dictionary through its cache: written on the first load, read
// back on the second, with the answers of the dictionary read from its text.
void TestWordNet::cachedTablesAnswerAsRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cache = dir.filePath(u"cache/wordnet.tables"_s);
    QVERIFY(!WordNet::load(SystemDir, cache).isEmpty());
    QVERIFY(QFileInfo::exists(cache));
    const QDateTime written = QFileInfo(cache).lastModified();
    const WordNet cached = WordNet::load(SystemDir, cache);
    QCOMPARE(QFileInfo(cache).lastModified(), written);
    QVERIFY(!cached.isEmpty());
    for (const QString &word : {u"rose"_s, u"talks"_s, u"interfering"_s, u"bank"_s, u"geese"_s, u"huge"_s})
        QCOMPARE(lemmaNames(cached, word.toStdU16String()), lemmaNames(m_wordNet, word.toStdU16String()));
    for (const auto &[a, b] : {std::pair{u"rose"_s, u"fell"_s}, {u"purchase"_s, u"buy"_s},
                               {u"decision"_s, u"decide"_s}, {u"huge"_s, u"small"_s}, {u"bank"_s, u"trust"_s}})
        QCOMPARE(relationName(relate(cached, a, b)), relationName(relate(m_wordNet, a, b)));
}

// A cache cut short or with bytes changed gives the dictionary as read, or
// at worst wrong answers, never a crash; one written before the dictionary
// changed is not used.
void TestWordNet::damagedOrStaleCacheIsReadAgain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeSmallDictionary(dir.path());
    const QString cache = dir.filePath(u"small.tables"_s);
    QVERIFY(!WordNet::load(dir.path(), cache).isEmpty());
    QFile file(cache);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    file.close();
    QVERIFY(!whole.isEmpty());
    for (qsizetype cut = 0; cut < whole.size(); cut += 7) {
        writeFile(cache, whole.left(cut));
        const WordNet wordNet = WordNet::load(dir.path(), cache);
        QCOMPARE(lemmaNames(wordNet, u"rose"), QStringList{u"rise.v"_s});
    }
    QRandomGenerator random(15);
    for (int round = 0; round < 200; ++round) {
        QByteArray changed = whole;
        for (int i = 0; i < 4; ++i)
            changed[random.bounded(changed.size())] = char(random.bounded(256));
        writeFile(cache, changed);
        useEveryWay(WordNet::load(dir.path(), cache));
    }

    writeFile(cache, whole);
    QByteArray index = smallFiles().at(u"index.verb"_s);
    index.replace("rise ", "rize ");
    writeSmallDictionary(dir.path(), {{u"index.verb"_s, index}});
    QVERIFY(lemmaNames(WordNet::load(dir.path(), cache), u"rose").isEmpty());
}

QTEST_GUILESS_MAIN(TestWordNet)
#include "tst_wordnet.moc"
