#include "text/ArticleFile.h"

namespace ct {

Result<std::string> ArticleFile::read(const std::filesystem::path& path, std::size_t) {
    return makeError(Error::Code::Internal, path.string() + ": reading is not implemented yet");
}

Result<std::string> ArticleFile::validate(std::string, const std::string& name, std::size_t) {
    return makeError(Error::Code::Internal, name + ": validation is not implemented yet");
}

} // namespace ct
