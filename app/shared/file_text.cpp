#include "file_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace sunrelay::apptext
{

namespace
{

class FileText
{
    Q_DECLARE_TR_FUNCTIONS(FileText)
};

QString kindText(io::FileKind kind)
{
    switch (kind) {
    case io::FileKind::Missing:
        //: Stands for an empty file name in messages
        return FileText::tr("nothing");
    case io::FileKind::Regular:
        //: Kind of file, in "is not a regular file (%1)"
        return FileText::tr("a regular file");
    case io::FileKind::Directory:
        //: Kind of file, in "is not a regular file (%1)"
        return FileText::tr("a directory");
    case io::FileKind::Fifo:
        //: Kind of file, in "is not a regular file (%1)": a named pipe
        return FileText::tr("a FIFO");
    case io::FileKind::CharacterDevice:
        //: Kind of file, in "is not a regular file (%1)": a device such as /dev/null
        return FileText::tr("a character device");
    case io::FileKind::BlockDevice:
        //: Kind of file, in "is not a regular file (%1)": a disk device
        return FileText::tr("a block device");
    case io::FileKind::Socket:
        //: Kind of file, in "is not a regular file (%1)": a network socket
        return FileText::tr("a socket");
    case io::FileKind::Other:
        break;
    }
    //: Kind of file, in "is not a regular file (%1)": any other special file
    return FileText::tr("a special file");
}

QString mebibytes(std::uint64_t bytes)
{
    //: A file size in mebibytes, e.g. "12.5 MiB"
    return FileText::tr("%1 MiB").arg(QLocale().toString(double(bytes) / double(1 << 20), 'f', 1));
}

} // namespace

QString ioErrorText(const io::IoError &error)
{
    const QString reason = QString::fromStdString(error.systemError);
    switch (error.code) {
    case io::IoErrorCode::CannotOpen:
        //: Why a file cannot be used, after its name: "plan.json: cannot open the file"
        return reason.isEmpty() ? FileText::tr("cannot open the file")
                                : FileText::tr("cannot open the file: %1").arg(reason);
    case io::IoErrorCode::NotRegularFile:
        return FileText::tr("is not a regular file (%1)").arg(kindText(error.fileKind));
    case io::IoErrorCode::TooLarge:
        return FileText::tr("the file is too large (%1, more than the limit of %2)")
            .arg(mebibytes(error.size), mebibytes(error.limit));
    case io::IoErrorCode::ReadFailed:
        return FileText::tr("cannot read the file: %1").arg(reason);
    case io::IoErrorCode::WriteFailed:
        return FileText::tr("cannot write the file: %1; the file was not changed").arg(reason);
    case io::IoErrorCode::SameAsInput:
        return FileText::tr(
            "is also an input of this command; name another output file "
            "(nothing was written)");
    case io::IoErrorCode::AlreadyExists:
        return FileText::tr("a file already exists there; it was not changed");
    case io::IoErrorCode::DanglingLink:
        return FileText::tr(
            "is a symbolic link to a file that does not exist; name the file itself");
    }
    //: Why a file cannot be used, after its name, when no better reason is known
    return FileText::tr("cannot use the file");
}

} // namespace sunrelay::apptext
