#include "import/ImportPipeline.h"

#include <algorithm>
#include <exception>
#include <utility>

namespace ct {

ImportPipeline::ImportPipeline(const Importer& importer, std::vector<ImportSource> sources,
                               std::size_t ahead)
    : m_importer(importer), m_sources(std::move(sources)), m_ahead(std::max<std::size_t>(ahead, 1)),
      m_worker([this] { run(); }) {}

ImportPipeline::~ImportPipeline() {
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

PreparedFile ImportPipeline::take() {
    std::unique_lock lock(m_mutex);
    if (m_taken >= m_sources.size()) {
        PreparedFile none;
        none.error = makeError(Error::Code::Internal, "no more files to import");
        return none;
    }
    m_changed.wait(lock, [this] { return !m_prepared.empty(); });
    PreparedFile file = std::move(m_prepared.front());
    m_prepared.pop_front();
    ++m_taken;
    lock.unlock();
    m_changed.notify_all();
    return file;
}

void ImportPipeline::run() {
    for (const ImportSource& source : m_sources) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_prepared.size() < m_ahead; });
            if (m_stop)
                return;
        }
        PreparedFile file;
        // A thread must not end in an exception: whatever escapes the readers' own handling
        // (an allocation) fails this file as a value, as it would have on the caller's thread.
        try {
            file = source.path.empty()
                       ? m_importer.prepareBytes(source.bytes, source.name, source.options, true)
                       : m_importer.prepareFile(source.path, source.options, true);
        } catch (const std::exception& e) {
            file = PreparedFile{};
            file.displayName = source.path.empty() ? source.name : source.path.string();
            file.error = makeError(Error::Code::Internal, file.displayName + ": " + e.what());
        }
        {
            const std::lock_guard lock(m_mutex);
            m_prepared.push_back(std::move(file));
        }
        m_changed.notify_all();
    }
}

} // namespace ct
