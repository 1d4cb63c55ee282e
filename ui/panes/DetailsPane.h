#pragma once

#include "model/Event.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QTextBrowser;

namespace ct {
struct Report;
}

namespace ct::ui {

class ReportList;
class TimelineDocument;

// Everything about the selected event: what, when and how that date was
// found, who and where, and the article it came from with the source sentence
// highlighted, so every event on the timeline can be checked against its text. An event told
// by several articles lists every report, earliest first; choosing one shows its sentence.
class DetailsPane : public QWidget {
    Q_OBJECT
  public:
    explicit DetailsPane(TimelineDocument& document, QWidget* parent = nullptr);

    qint64 shownEventId() const { return m_eventId; }
    QString titleText() const;
    QString dateText() const;
    // The article text under the highlight; empty when none.
    QString highlightedText() const;
    ReportList* reports() const { return m_reports; }

  public slots:
    void showEventDetails(qint64 id);
    // Shows this event as read (the store reads it with its reports once it has them).
    void showEvent(const Event& event);

  protected:
    void resizeEvent(QResizeEvent* event) override;

  private:
    void scrollToSentence();
    void refresh();
    void clearEvent();
    void showReport(const Report& report);
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
    QFormLayout* m_form = nullptr;
    QLabel* m_edited; // who changed the event last, and when (a shared story's record)
    ReportList* m_reports;
    QTextBrowser* m_text;
};

} // namespace ct::ui
