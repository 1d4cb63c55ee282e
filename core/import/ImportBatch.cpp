#include "import/ImportBatch.h"

namespace ct {

ImportBatch::ImportBatch(Store& store, std::size_t maxFiles, std::chrono::milliseconds maxAge)
    : m_store(store), m_maxFiles(maxFiles), m_maxAge(maxAge) {}

ImportBatch::~ImportBatch() {
    if (m_store.inImportBatch())
        m_store.abandonImportBatch();
}

Result<void> ImportBatch::beforeFile() {
    if (m_store.inImportBatch())
        return {};
    if (auto r = m_store.beginImportBatch(); !r)
        return r;
    m_files = 0;
    m_opened = std::chrono::steady_clock::now();
    return {};
}

Result<bool> ImportBatch::afterFile() {
    ++m_files;
    if (m_files < m_maxFiles && std::chrono::steady_clock::now() - m_opened < m_maxAge)
        return false;
    if (auto r = m_store.commitImportBatch(); !r)
        return r.error();
    return true;
}

Result<void> ImportBatch::finish() {
    return m_store.commitImportBatch();
}

} // namespace ct
