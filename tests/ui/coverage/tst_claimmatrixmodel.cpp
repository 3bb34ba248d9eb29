#include "ClaimFilterProxy.h"
#include "ClaimMatrixModel.h"
#include "CoverageFixture.h"
#include "CoverageRoles.h"
#include "coverage/Coverage.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class TestClaimMatrixModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelAndProxyBehave()
    {
        const QList<Article> articles = test::fixtureStory();
        const Comparison comparison = compareArticles(articles);
        const auto coverage = computeCoverage(articles, comparison);
        QVERIFY(coverage);

        ClaimMatrixModel model;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClaimFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setMatrix(articles, coverage->claims, coverage->discrepancies);
        model.setOutletNames({u"Alpha"_s, u"Beta"_s, u"Gamma"_s});
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.rowCount(), coverage->claims.size());
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"B"_s);
        QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::AccessibleTextRole).toString(), u"Beta"_s);
        // Names and sentences in tooltips show literally, never as markup.
        model.setOutletNames({u"Alpha"_s, u"<b>Beta</b>"_s, u"Gamma"_s});
        const QString tip = model.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(u"<qt>"_s) && tip.contains(u"&lt;b&gt;Beta&lt;/b&gt;"_s), qPrintable(tip));
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().startsWith(u"<qt>"_s));
        model.setOutletNames({u"Alpha"_s, u"Beta"_s, u"Gamma"_s});

        // The wire sentence: first in story order, identical in A and B, not in C.
        const QModelIndex wire = model.index(0, 0);
        QVERIFY(wire.data().toString().startsWith(u"The ferry union"_s));
        QCOMPARE(model.index(0, 1).data(coverage_ui::CarriageRole).toInt(), int(Carriage::Identical));
        QCOMPARE(model.index(0, 3).data(coverage_ui::CarriageRole).toInt(), int(Carriage::Absent));

        // The cost figure differs between A and B: both cells are flagged.
        bool flagged = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data().toString().contains(u"billion"_s))
                flagged = model.index(r, 1).data(coverage_ui::DiscrepancyRole).toBool()
                    && model.index(r, 2).data(coverage_ui::DiscrepancyRole).toBool();
        }
        QVERIFY(flagged);

        proxy.setFilter({.uniqueOnly = true});
        QVERIFY(proxy.rowCount() > 0);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data(coverage_ui::CarriersRole).toInt(), 1);
        proxy.setFilter({.quotesOnly = true});
        QVERIFY(proxy.rowCount() >= 1);
        proxy.setFilter({.minCarriers = 2});
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, 0).data(coverage_ui::CarriersRole).toInt() >= 2);
        proxy.setFilter({});
        proxy.setOrder(ClaimOrder::LeastCarried);
        QCOMPARE(proxy.index(0, 0).data(coverage_ui::CarriersRole).toInt(), 1);
        proxy.setOrder(ClaimOrder::MostCarried);
        QVERIFY(proxy.index(0, 0).data(coverage_ui::CarriersRole).toInt() >= 2);

        model.setMatrix({}, {}, {});
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestClaimMatrixModel)
#include "tst_claimmatrixmodel.moc"
