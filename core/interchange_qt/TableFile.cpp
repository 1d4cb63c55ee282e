#include "interchange_qt/TableFile.h"

#include "interchange/CsvReader.h"
#include "interchange_qt/TimelineJsonReader.h"
#include "interchange_qt/TimelineXmlReader.h"

#include <cctype>
#include <fstream>
#include <sstream>

namespace ct {
namespace {

// JSON and XML files are read whole; 512 MiB is far beyond any TimelineJS or Timeline file.
constexpr std::uintmax_t kMaxWholeFile = 512ull << 20;

std::string extensionOf(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

Result<std::string> readWhole(const std::filesystem::path& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return makeError(Error::Code::Io,
                         path.string() + ": cannot read the file: " + ec.message());
    if (size > kMaxWholeFile)
        return makeError(Error::Code::InvalidInput,
                         path.string() + ": too large for a JSON or XML event file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(Error::Code::Io, path.string() + ": cannot open the file for reading");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string text = bytes.str();
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        text.erase(0, 3);
    return text;
}

} // namespace

Result<TableFile> TableFile::open(const std::filesystem::path& path, const TablePreset* preset) {
    const std::string name = path.filename().string();
    const std::string ext = extensionOf(path);
    TableFile file;
    if (ext == ".json" || ext == ".timeline" || ext == ".xml") {
        auto bytes = readWhole(path);
        if (!bytes)
            return bytes.error();
        auto rows = ext == ".json" ? TimelineJsonReader::read(*bytes, name)
                                   : TimelineXmlReader::read(*bytes, name);
        if (!rows)
            return rows.error();
        file.preset = preset ? preset : detectTablePreset((*rows)->header());
        file.source = std::move(*rows);
        return file;
    }
    if (preset) {
        auto csv = CsvReader::open(path, preset->csvOptions());
        if (!csv)
            return csv.error();
        file.delimiter = (*csv)->delimiter();
        file.source = std::move(*csv);
        file.preset = preset;
        return file;
    }
    auto csv = CsvReader::open(path);
    if (!csv)
        return csv.error();
    file.preset = detectTablePreset((*csv)->header());
    // A file whose first row is data (GDELT) is opened again with the preset's own options.
    if (file.preset && !file.preset->csvOptions().header) {
        auto again = CsvReader::open(path, file.preset->csvOptions());
        if (!again)
            return again.error();
        csv = std::move(again);
    }
    file.delimiter = (*csv)->delimiter();
    file.source = std::move(*csv);
    return file;
}

} // namespace ct
