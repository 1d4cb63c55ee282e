#include "import/Importer.h"

namespace ct {

Importer::Importer(EventStore& store, const Gazetteer& gazetteer)
    : m_store(store), m_gazetteer(gazetteer) {}

Result<ImportReport> Importer::importFile(const std::filesystem::path& path, const ImportOptions&) {
    return makeError(Error::Code::Internal, path.string() + ": import is not implemented yet");
}

} // namespace ct
