#include "TestPrinters.h"

#include "synth/ArticleGenerator.h"

#include <QtTest/QTest>

using namespace ct;

class TestArticleGenerator : public QObject {
    Q_OBJECT
private slots:
    void deterministicForASeed() {
        ArticleGenerator a(11), b(11), c(12);
        bool differs = false;
        for (int i = 0; i < 50; ++i) {
            const auto x = a.next(), y = b.next(), z = c.next();
            QCOMPARE(x.text, y.text);
            QCOMPARE(x.published, y.published);
            differs = differs || x.text != z.text;
        }
        QVERIFY(differs);
    }

    void articlesLookLikeNews() {
        ArticleGenerator generator(5);
        for (int i = 0; i < 100; ++i) {
            const auto a = generator.next();
            QVERIFY(a.text.size() >= 2900 && a.text.size() < 4500);
            QVERIFY(a.text.find("\n\nPublished ") != std::string::npos);
            QVERIFY(a.text.find("\nSource: ") != std::string::npos);
            QVERIFY(a.published >= Date(2020, 1, 1));
            QVERIFY(a.fileName.ends_with(".txt"));
        }
    }
};

QTEST_GUILESS_MAIN(TestArticleGenerator)
#include "tst_article_generator.moc"
