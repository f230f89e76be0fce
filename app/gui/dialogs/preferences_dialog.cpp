#include "gui/dialogs/preferences_dialog.h"

#include "gui/widgets/zone_picker.h"

#include "shared/app_translations.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sunrelay::gui
{

struct PreferencesDialog::Private {
    QComboBox *clock = nullptr;
    QComboBox *firstDay = nullptr;
    QComboBox *reference = nullptr;
    ZonePicker *otherZone = nullptr;
    QComboBox *appearance = nullptr;
    QComboBox *language = nullptr;
};

namespace
{
// The colours: as the desktop, light, dark, or high contrast.
QComboBox *appearanceChoice(Appearance chosen, QWidget *parent)
{
    auto *choice = new QComboBox(parent);
    //: Preferences, Appearance choice: light or dark as the desktop is set
    choice->addItem(PreferencesDialog::tr("Follow the system"), int(Appearance::FollowSystem));
    //: Preferences, Appearance choice: light colours
    choice->addItem(PreferencesDialog::tr("Light"), int(Appearance::Light));
    //: Preferences, Appearance choice: dark colours
    choice->addItem(PreferencesDialog::tr("Dark"), int(Appearance::Dark));
    //: Appearance: black and white with a yellow focus frame, for low vision.
    choice->addItem(PreferencesDialog::tr("High contrast"), int(Appearance::HighContrast));
    choice->setCurrentIndex(int(chosen));
    return choice;
}

// "System default", then each language in its own name; the words and
// formats change at the next start (the open windows keep theirs).
QComboBox *languageChoice(const QString &chosen, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    //: The language choice that follows the computer's language settings
    box->addItem(PreferencesDialog::tr("System default"), QString());
    for (const apptext::AppLanguage &language : apptext::appLanguages())
        box->addItem(language.nativeName, language.code);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
    return box;
}
} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    //: Title of the Preferences dialog (Edit menu)
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;

    d->clock = new QComboBox(this);
    //: Preferences, Clock choice: show times on a 24-hour clock
    d->clock->addItem(tr("24-hour (17:30)"), true);
    //: Preferences, Clock choice: show times on a 12-hour clock with AM/PM
    d->clock->addItem(tr("12-hour (5:30 PM)"), false);
    d->clock->setCurrentIndex(preferences.use24HourClock ? 0 : 1);
    //: Form label in the Preferences dialog: how clock times are written
    form->addRow(tr("&Clock:"), d->clock);

    d->firstDay = new QComboBox(this);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        d->firstDay->addItem(QLocale().dayName(day), day);
    d->firstDay->setCurrentIndex(int(preferences.firstDayOfWeek) - 1);
    form->addRow(tr("&First day of the week:"), d->firstDay);

    d->reference = new QComboBox(this);
    //: The timeline in Coordinated Universal Time; keep the abbreviation
    d->reference->addItem(tr("UTC"), int(ReferenceZoneChoice::Utc));
    //: Preferences, timeline zone choice; %1 is this computer's IANA zone, e.g. Europe/Berlin
    d->reference->addItem(
        tr("This computer's zone (%1)").arg(QString::fromStdString(TimeZone::system().name())),
        int(ReferenceZoneChoice::System));
    //: Preferences, timeline zone choice: a zone picked below
    d->reference->addItem(tr("Another zone"), int(ReferenceZoneChoice::Other));
    d->reference->setCurrentIndex(int(preferences.referenceZone));
    //: Form label in the Preferences dialog: the time zone the timeline is drawn in
    form->addRow(tr("&Timeline in:"), d->reference);
    // The zone search only while "Another zone" is chosen, with room for its
    // columns; the dialog stays compact otherwise.
    d->otherZone = new ZonePicker(this);
    d->otherZone->setZone(preferences.otherZone);
    d->otherZone->setMinimumWidth(fontMetrics().averageCharWidth() * 100);
    d->otherZone->setMinimumHeight(fontMetrics().height() * 14);
    form->addRow(QString(), d->otherZone);
    const auto showOtherZone = [this](bool shown) {
        d->otherZone->setVisible(shown);
        if (shown)
            d->otherZone->setFocus();
        adjustSize();
    };
    d->otherZone->setVisible(preferences.referenceZone == ReferenceZoneChoice::Other);
    connect(d->reference, &QComboBox::currentIndexChanged, this, [showOtherZone](int index) {
        showOtherZone(index == int(ReferenceZoneChoice::Other));
    });

    d->appearance = appearanceChoice(preferences.appearance, this);
    //: Form label in the Preferences dialog: light or dark colours
    form->addRow(tr("&Appearance:"), d->appearance);

    d->language = languageChoice(preferences.language, this);
    //: Form label in the Preferences dialog: the language of the user interface
    form->addRow(tr("&Language:"), d->language);
    auto *languageNote =
        new QLabel(tr("A new language takes effect when Sunrelay next starts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.use24HourClock = d->clock->currentData().toBool();
    p.firstDayOfWeek = Qt::DayOfWeek(d->firstDay->currentData().toInt());
    p.referenceZone = ReferenceZoneChoice(d->reference->currentData().toInt());
    p.otherZone = d->otherZone->zone();
    p.appearance = Appearance(d->appearance->currentData().toInt());
    p.language = d->language->currentData().toString();
    return p;
}

} // namespace sunrelay::gui
