#include "gui/tasks/dialog_parts.h"

#include "gui/models/zone_catalog.h"
#include "gui/tasks/task_text.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLineEdit>
#include <QStyle>

#include <set>

namespace sunrelay::gui
{

ZoneCombo::ZoneCombo(const Plan &plan, const TimeZone &referenceZone, QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // The reference zone, the team's zones in name order, UTC; each once.
    QStringList zones{QString::fromStdString(referenceZone.name())};
    std::set<std::string> memberZones;
    for (const Member &member : plan.members)
        memberZones.insert(member.zone.name());
    for (const std::string &name : memberZones)
        zones << QString::fromStdString(name);
    zones << QStringLiteral("UTC");
    zones.removeDuplicates();
    addItems(zones);
    setCurrentIndex(0);

    QStringList everyZone;
    for (const ZoneEntry &entry : ZoneCatalog::system().entries())
        everyZone << entry.zoneId;
    everyZone << zones;
    everyZone.removeDuplicates();
    everyZone.sort();
    auto *completer = new QCompleter(everyZone, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    setMinimumContentsLength(18);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    connect(this, &QComboBox::currentTextChanged, this, &ZoneCombo::zoneEdited);
}

std::optional<TimeZone> ZoneCombo::zone() const
{
    return TimeZone::find(currentText().trimmed().toStdString());
}

void ZoneCombo::setZone(const TimeZone &zone)
{
    const QString name = QString::fromStdString(zone.name());
    const int index = findText(name);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(name);
}

FieldProblem::FieldProblem(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(accessibleName);
    setAccessibleName(accessibleName);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-error"),
                                       style()->standardIcon(QStyle::SP_MessageBoxCritical))
                          .pixmap(size, size));
    recolour();
    hide();
}

void FieldProblem::say(const QString &text)
{
    m_text->setText(text);
    m_text->setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

QString FieldProblem::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void FieldProblem::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        recolour();
    QWidget::changeEvent(event);
}

void FieldProblem::recolour()
{
    // The window colour is what the line sits on; problemColor() reads Base,
    // so hand it a palette whose Base is the window.
    QPalette base = palette();
    base.setColor(QPalette::Base, palette().color(QPalette::Window));
    QPalette text = m_text->palette();
    text.setColor(QPalette::WindowText, problemColor(base));
    m_text->setPalette(text);
}

QTimeEdit *clockEdit(ClockStyle style, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setDisplayFormat(clockPatternFor(style));
    return edit;
}

} // namespace sunrelay::gui
