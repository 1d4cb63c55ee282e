#include "export/PngWriter.h"

#include <QIODevice>
#include <QImage>
#include <QVector>
#include <csetjmp>
#include <png.h>
#include <string>

namespace ct::ui {
namespace {

struct Sink {
    QIODevice* device = nullptr;
    std::string error;
};

void writeData(png_structp png, png_bytep data, png_size_t length) {
    auto* sink = static_cast<Sink*>(png_get_io_ptr(png));
    if (sink->device->write(reinterpret_cast<const char*>(data), qint64(length)) !=
        qint64(length)) {
        sink->error = sink->device->errorString().toStdString();
        png_error(png, "write failed"); // does not return
    }
}

void flushData(png_structp) {}

void onError(png_structp png, png_const_charp message) {
    auto* sink = static_cast<Sink*>(png_get_io_ptr(png));
    if (sink && sink->error.empty())
        sink->error = message;
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

// libpng reports errors by longjmp: everything with a destructor is built by the caller
// before this runs, and nothing here holds one.
bool encode(const QImage& image, Sink& sink, QVector<png_text>& texts) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, onError, onWarning);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, &sink, writeData, flushData);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()),
                     png_uint_32(image.dotsPerMeterY()), PNG_RESOLUTION_METER);
    if (!texts.isEmpty())
        png_set_text(png, info, texts.data(), int(texts.size()));
    png_write_info(png, info);
    // QImage::Format_RGB32 is 0xffRRGGBB per pixel: B, G, R, filler in memory on little
    // endian, filler, R, G, B on big endian.
    if (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        png_set_bgr(png);
        png_set_filler(png, 0, PNG_FILLER_AFTER);
    } else {
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
    }
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, const_cast<png_bytep>(image.constScanLine(y)));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace

Result<void> PngWriter::write(const QImage& source, QIODevice& device) {
    const QImage image = source.format() == QImage::Format_RGB32
                             ? source
                             : source.convertToFormat(QImage::Format_RGB32);
    if (image.isNull())
        return makeError(Error::Code::InvalidInput, "there is no image to write");
    // Built before encode() so that a longjmp never skips their destructors.
    QVector<QByteArray> keys, values;
    for (const QString& key : image.textKeys()) {
        keys << key.toLatin1().left(79); // the PNG limit for keywords
        values << image.text(key).toUtf8();
    }
    QVector<png_text> texts(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        png_text& t = texts[i];
        t.compression = PNG_ITXT_COMPRESSION_NONE;
        t.key = keys[i].data();
        t.text = values[i].data();
        t.text_length = 0;
        t.itxt_length = size_t(values[i].size());
        t.lang = nullptr;
        t.lang_key = nullptr;
    }
    Sink sink;
    sink.device = &device;
    if (!encode(image, sink, texts))
        return makeError(Error::Code::Io,
                         sink.error.empty() ? std::string("PNG encoding failed") : sink.error);
    return {};
}

} // namespace ct::ui
