#include "formats/ZipArchive.h"

#include <zip.h>

namespace ct {

void ZipArchive::Closer::operator()(zip* archive) const {
    zip_discard(archive);
}

Result<ZipArchive> ZipArchive::open(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    // The source does not own the buffer (freep = 0): `bytes` outlives the archive in every
    // reader, which opens, reads and drops it within one call.
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return makeError(Error::Code::InvalidInput, "not a readable zip file");
    }
    zip* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        zip_source_free(source);
        std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        return makeError(Error::Code::InvalidInput, "damaged zip container (" + why + ")");
    }
    zip_error_fini(&error);
    return ZipArchive(archive);
}

bool ZipArchive::contains(const std::string& name) const {
    return zip_name_locate(m_zip.get(), name.c_str(), 0) >= 0;
}

Result<std::string> ZipArchive::read(const std::string& name) {
    const zip_int64_t index = zip_name_locate(m_zip.get(), name.c_str(), 0);
    if (index < 0)
        return makeError(Error::Code::NotFound, name + " is missing from the zip container");
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE))
        return makeError(Error::Code::InvalidInput, "damaged zip entry " + name);
    const auto bomb = [&](const std::string& why) {
        return makeError(Error::Code::InvalidInput, "refused as a zip bomb: " + name + " " + why);
    };
    if (stat.size > kMaxMemberBytes)
        return bomb("would inflate to " + std::to_string(stat.size) + " bytes");
    if (m_inflated + stat.size > kMaxTotalBytes)
        return bomb("takes the container over " + std::to_string(kMaxTotalBytes) + " bytes");
    if (stat.size > 1024 * 1024 &&
        stat.size / std::max<zip_uint64_t>(1, stat.comp_size) > kMaxRatio)
        return bomb("is compressed " +
                    std::to_string(stat.size / std::max<zip_uint64_t>(1, stat.comp_size)) + ":1");

    zip_file_t* file = zip_fopen_index(m_zip.get(), static_cast<zip_uint64_t>(index), 0);
    if (!file)
        return makeError(Error::Code::InvalidInput, "cannot read " + name +
                                                        " from the zip container (" +
                                                        zip_strerror(m_zip.get()) + ")");
    std::string out;
    out.resize(static_cast<std::size_t>(stat.size) + 1);
    std::size_t total = 0;
    bool failed = false;
    // Read one byte past the declared size: a member that inflates to more lied about its size.
    while (total < out.size()) {
        const zip_int64_t got = zip_fread(file, out.data() + total, out.size() - total);
        if (got < 0) {
            failed = true;
            break;
        }
        if (got == 0)
            break;
        total += static_cast<std::size_t>(got);
    }
    zip_fclose(file);
    if (failed)
        return makeError(Error::Code::InvalidInput,
                         "damaged zip entry " + name + " (it does not inflate)");
    if (total > stat.size)
        return bomb("inflates to more than its declared size");
    out.resize(total);
    m_inflated += total;
    return out;
}

} // namespace ct
