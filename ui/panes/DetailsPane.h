#pragma once

#include <QWidget>
#include <optional>

class QLabel;
class QTextBrowser;

namespace ct::ui {

class TimelineDocument;

// Everything about the selected event: what, when and how that date was
// found, who and where, and the article it came from with the source sentence
// highlighted, so every event on the timeline can be checked against its text.
class DetailsPane : public QWidget {
    Q_OBJECT
  public:
    explicit DetailsPane(TimelineDocument& document, QWidget* parent = nullptr);

    qint64 shownEventId() const { return m_eventId; }
    QString titleText() const;
    QString dateText() const;
    // The article text under the highlight; empty when none.
    QString highlightedText() const;

  public slots:
    void showEventDetails(qint64 id);

  protected:
    void resizeEvent(QResizeEvent* event) override;

  private:
    void scrollToSentence();
    void refresh();
    void showArticle(std::int64_t articleId);
    void highlight(qsizetype begin, qsizetype end);

    TimelineDocument& m_document;
    qint64 m_eventId = 0;
    std::int64_t m_articleId = 0;
    std::string m_articleUtf8; // what the byte offsets point into

    QLabel* m_title;
    QLabel* m_date;
    QLabel* m_resolution;
    QLabel* m_actors;
    QLabel* m_places;
    QLabel* m_article;
    QTextBrowser* m_text;
};

} // namespace ct::ui
