// StoryIndex::decide's arithmetic: story::similarity and StoryMerger::decide on term ids. Every
// sum runs over the same terms in the same order as similarity() runs over strings, so that
// a score on the threshold falls the same side of it (tst_story_index compares the two paths).
#include "store/StoryIndex.h"

#include <algorithm>
#include <cmath>

namespace ct::store {

void StoryIndex::beginProbe(const story::ReportFeatures& report, int documents) {
    m_documents = documents;
    m_marks.resize(m_terms.size());
    m_weights.resize(m_terms.size());
    m_fit.resize(m_spans.size());
    if (++m_generation == 0) {
        std::fill(m_marks.begin(), m_marks.end(), Mark{});
        std::fill(m_weights.begin(), m_weights.end(), Weight{});
        std::fill(m_fit.begin(), m_fit.end(), Fit{});
        m_generation = 1;
    }
    // A term's weight falls as more reports use it, and no pool term is in more than the most
    // counted one's reports and the new one: the least any term of a pool report weighs.
    m_minWeight = story::TermWeights::weightOf("", documents, m_maxFrequency + 1);
    m_probeIds.clear();
    m_probeWeights.clear();
    m_probeParticular.clear();
    m_probePool.clear();
    for (std::size_t i = 0; i < report.terms.size(); ++i) {
        const TermId id = find(report.terms[i]);
        m_probeIds.push_back(id);
        if (id >= 0)
            m_marks[std::size_t(id)] = {m_generation, std::uint32_t(i)};
    }
    // The new report counts in its own terms' frequencies (TermWeights::add).
    m_probeNorm = 0;
    for (std::size_t i = 0; i < report.terms.size(); ++i) {
        const TermId id = m_probeIds[i];
        m_probePool.push_back(id >= 0 ? poolWeight(id) : 0.0);
        const double w =
            id >= 0 ? m_probePool.back()
                    : story::TermWeights::weightOf(report.terms[i], documents, 1);
        const bool name =
            std::binary_search(report.names.begin(), report.names.end(), report.terms[i]);
        m_probeWeights.push_back(name ? story::kNameBoost * w : w);
        m_probeParticular.push_back(story::isParticular(report.terms[i]) ? 1 : 0);
        m_probeNorm += m_probeWeights.back() * m_probeWeights.back();
    }
    m_kindsProbe = {};
}

double StoryIndex::weighTerm(TermId id) {
    const auto at = std::size_t(id);
    const int frequency = m_frequency[at] + (marked(id) ? 1 : 0);
    m_weights[at] = {story::TermWeights::weightOf(m_terms[at], m_documents, frequency),
                     m_generation};
    return m_weights[at].value;
}

story::DateFit StoryIndex::fitTo(std::uint32_t span) {
    Fit& f = m_fit[span];
    if (f.stamp != m_generation)
        f = {m_generation, story::fitOf(m_whenDays, m_spanDays[span])};
    return f.fit;
}

void StoryIndex::scoreEvent(const Event& e, const DateSpan& when,
                            const story::ReportFeatures& report, const std::string& fingerprint,
                            std::size_t fingerprintHash, double& score, double& rank,
                            double& link) {
    using story::DateFit;
    using story::StoryMerger;
    // As StoryMerger::decide: one report of the event that gives the report's age to a person of
    // the other sex rules the event out (its group's, whatever the date).
    if (!report.agedSexes.empty())
        for (const Event::Group& g : e.groups)
            if (!g.agedSexes.empty() && story::agedSexesDiffer(report.agedSexes, g.agedSexes))
                return;
    // The names are looked up when a first report is compared: many events of a pool have
    // none of its date or kind.
    bool namesLooked = false, namesInSentences = false;
    const auto lookUpNames = [&] {
        m_eventNames.clear();
        m_probedNames.clear();
        m_namesNorm = 0;
        for (const TermId n : e.names) {
            const double w = poolWeight(n);
            m_eventNames.push_back({n, marked(n), bool(m_sentenceTerm[std::size_t(n)]), w * w});
            namesInSentences = namesInSentences || m_eventNames.back().maySentence;
            if (m_eventNames.back().probed)
                m_probedNames.push_back(m_marks[std::size_t(n)].position);
            m_namesNorm += w * w;
        }
        std::sort(m_probedNames.begin(), m_probedNames.end());
        namesLooked = true;
    };
    // Whether a report's sentence (its terms in a group) has the name (then it counts as the
    // sentence's term).
    const auto inSentence = [](const std::uint32_t* terms, const std::uint32_t* termsEnd,
                               const EventName& n) {
        if (!n.maySentence)
            return false;
        for (const std::uint32_t* t = terms; t != termsEnd; ++t)
            if (TermId(*t >> 1) == n.id)
                return true;
        return false;
    };
    const double minSquare = m_minWeight * m_minWeight;
    const bool eventMayCopy = !fingerprint.empty();
    // The reports are taken group by group: the score, rank and link are maxima, whatever the
    // order.
    for (const Event::Group& g : e.groups) {
        const DateFit fit = fitTo(g.span);
        if (fit == DateFit::Apart)
            continue;
        m_kindsProbe.kinds = g.kinds;
        m_kindsProbe.prospective = g.prospective;
        const bool contradicted = story::contradicts(report, m_kindsProbe);
        // A contradicted report still counts as a republished copy of the new one.
        const bool copies =
            eventMayCopy && fit == DateFit::Agree &&
            std::binary_search(g.fingerprints.begin(), g.fingerprints.end(), fingerprintHash);
        if (contradicted && !copies)
            continue;
        const double threshold = StoryMerger::thresholdOf(fit);
        const bool mayBridge = fit == DateFit::Agree || story::fitsEarlier(fit);
        // The group's k-th report's count of terms, then its terms.
        const std::uint32_t* next = e.groupTerms.data() + g.termsAt;
        const std::uint32_t* const groupEnd = next + g.termsSize;
        for (std::size_t k = 0; next != groupEnd; ++k) {
            const std::uint32_t* const terms = next + 1;
            const std::uint32_t* const termsEnd = terms + *next;
            next = termsEnd;
            // Republished copy is the same telling, whatever the similarity of a short line.
            if (copies && fingerprintHash == e.reports[g.reports[k]].fingerprintHash &&
                fingerprint == e.reports[g.reports[k]].fingerprint) {
                score = std::max(score, 1.0);
                rank = std::max(rank, 1.0);
                link = std::max(link, 1.0);
                continue;
            }
            if (contradicted)
                continue;
            if (!namesLooked)
                lookUpNames();
            // The stored side's terms: its sentence's, then its event's names the sentence
            // lacks.
            m_shared.clear();
            for (const std::uint32_t* t = terms; t != termsEnd; ++t) {
                const Mark& mark = m_marks[*t >> 1];
                if (mark.stamp == m_generation)
                    m_shared.emplace_back(mark.position, (*t & 1) != 0);
            }
            // The dot product runs in the new report's term order, as similarity() sums it.
            if (!namesInSentences) {
                if (m_shared.size() + m_probedNames.size() < 2)
                    continue; // similarity() is 0: below every threshold
                // The probed names, sorted once per event, mostly follow the sentence's terms
                // (the new report's names come after its sentence's terms): appended after
                // them, sorted again only when they do not.
                std::sort(m_shared.begin(), m_shared.end());
                const bool follow = m_shared.empty() || m_probedNames.empty() ||
                                    m_shared.back().first < m_probedNames.front();
                for (const std::uint32_t position : m_probedNames)
                    m_shared.emplace_back(position, false);
                if (!follow)
                    std::sort(m_shared.begin(), m_shared.end());
            } else {
                for (const EventName& n : m_eventNames)
                    if (n.probed && !inSentence(terms, termsEnd, n))
                        m_shared.emplace_back(m_marks[std::size_t(n.id)].position, false);
                if (m_shared.size() < 2)
                    continue; // similarity() is 0: below every threshold
                std::sort(m_shared.begin(), m_shared.end());
            }
            double dot = 0;
            for (const auto& [position, name] : m_shared) {
                const double w = m_probePool[position];
                dot += m_probeWeights[position] * (name ? story::kNameBoost * w : w);
            }
            // A report that cannot reach the threshold whatever its terms weigh is not weighed:
            // its norm is at least its names' and the least weight for each of its terms (the
            // margins cover the sums' rounding, so no report that passes is left out). Nor is
            // one that cannot raise the event's score, rank or bridging link: its rank is at
            // most its similarity, and a link counts once it is there (addBridges asks only
            // whether it reaches kBridgeThreshold).
            if (!namesInSentences) {
                const double least = m_namesNorm + double(termsEnd - terms) * minSquare;
                const double bound = dot / std::sqrt(m_probeNorm * least);
                if (bound < threshold * (1 - 1e-9))
                    continue;
                const bool mayLink =
                    link == 0 && mayBridge &&
                    m_shared.size() >= std::size_t(StoryMerger::kBridgeSharedTerms) &&
                    bound * (1 + 1e-9) >= StoryMerger::kBridgeThreshold;
                if (bound * (1 + 1e-9) < rank && !mayLink)
                    continue;
            }
            double norm = 0;
            for (const std::uint32_t* t = terms; t != termsEnd; ++t) {
                const double w0 = poolWeight(TermId(*t >> 1));
                const double w = (*t & 1) ? story::kNameBoost * w0 : w0;
                norm += w * w;
            }
            for (const EventName& n : m_eventNames)
                if (!inSentence(terms, termsEnd, n))
                    norm += n.square;
            const double s = dot / std::sqrt(m_probeNorm * norm);
            if (s < threshold ||
                (StoryMerger::needsParticular(when, m_spans[g.span]) && sharedParticulars() == 0))
                continue;
            score = std::max(score, s);
            rank = std::max(rank, StoryMerger::rankOf(when, m_spans[g.span], s));
            if (s >= StoryMerger::kBridgeThreshold &&
                StoryMerger::bridgesAcross(fit, int(m_shared.size()), sharedParticulars()))
                link = std::max(link, s);
        }
    }
}

int StoryIndex::sharedParticulars() const {
    int n = 0;
    for (const auto& shared : m_shared)
        n += m_probeParticular[shared.first];
    return n;
}

void StoryIndex::endProbe() {
    for (const TermId t : m_counted)
        m_frequency[std::size_t(t)] = 0;
    m_counted.clear();
}

} // namespace ct::store
