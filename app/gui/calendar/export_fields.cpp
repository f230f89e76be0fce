#include "gui/calendar/export_fields.h"

#include "gui/text/time_format.h"

#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sunrelay::gui
{

namespace
{

QDateEdit *newDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    // ISO dates, as the command line and the files take them.
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDateRange(QDate(1970, 1, 1), QDate(2037, 12, 31));
    return edit;
}

} // namespace

DateRangeEdit::DateRangeEdit(QWidget *parent)
    : QWidget(parent)
    , m_from(newDateEdit(this))
    , m_to(newDateEdit(this))
    , m_zone(new QLabel(this))
{
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    //: Accessible name of an export dialog's first-date field
    m_from->setAccessibleName(tr("First date"));
    //: Accessible name of an export dialog's last-date field
    m_to->setAccessibleName(tr("Last date"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_from);
    //: Between two dates: "from [date] to [date]"
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_zone, 1);
    m_zone->setForegroundRole(QPalette::PlaceholderText);
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeEdit::datesChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangeEdit::datesChanged);
}

void DateRangeEdit::setDates(const QDate &from, const QDate &to)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    emit datesChanged();
}

QDate DateRangeEdit::from() const
{
    return m_from->date();
}

QDate DateRangeEdit::to() const
{
    return m_to->date();
}

void DateRangeEdit::setZone(const TimeZone &zone)
{
    const QString id = QString::fromStdString(zone.name());
    const QString city = zoneCity(zone);
    if (city == id) {
        //: Beside an export dialog's dates: the zone they are read in; %1 is a zone id without
        //: a city, e.g. "UTC"
        m_zone->setText(tr("dates in %1").arg(city));
    } else {
        //: Beside an export dialog's dates: the zone they are read in; %1 is a city, %2 its IANA
        //: zone: "dates in Berlin (Europe/Berlin)"
        m_zone->setText(tr("dates in %1 (%2)").arg(city, id));
    }
}

SaveFileField::SaveFileField(const QString &caption, const QString &filter, QWidget *parent)
    : QWidget(parent)
    , m_caption(caption)
    , m_filter(filter)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(QStringLiteral("filePath"));
    //: Accessible name of an export dialog's file path field
    m_edit->setAccessibleName(tr("File"));
    // Room for a folder and a name, so the end of the path shows.
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 48);
    //: Button beside an export dialog's file path: opens a file dialog
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(browse);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_chosen = true;
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, m_caption, path(), m_filter);
        if (chosen.isEmpty())
            return;
        m_edit->setText(chosen);
        m_chosen = true;
    });
}

QString SaveFileField::path() const
{
    return m_edit->text().trimmed();
}

void SaveFileField::setPath(const QString &path)
{
    m_edit->setText(path);
}

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("error"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    recolour();
    hide();
}

void ErrorLabel::showError(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

void ErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        recolour();
}

void ErrorLabel::recolour()
{
    // A dark red on light windows, a light one on dark windows: both keep
    // about 5:1 against the window colour.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x2a);
    if (palette().color(QPalette::WindowText) == red)
        return;
    QPalette own = palette();
    own.setColor(QPalette::WindowText, red);
    setPalette(own);
}

} // namespace sunrelay::gui
