#include "import/ImportBatch.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <string_view>

namespace ct {

std::size_t ImportBatch::cappedFiles(std::size_t maxFiles) {
    const char* cap = std::getenv("CT_IMPORT_BATCH_FILES");
    if (!cap)
        return maxFiles;
    const std::string_view text(cap);
    std::size_t files = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), files);
    if (error != std::errc() || end != text.data() + text.size() || files == 0)
        return maxFiles;
    return std::min(maxFiles, files);
}

ImportBatch::ImportBatch(Store& store, std::size_t maxFiles, std::chrono::milliseconds maxAge)
    : m_store(store), m_maxFiles(cappedFiles(maxFiles)), m_maxAge(maxAge) {}

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
