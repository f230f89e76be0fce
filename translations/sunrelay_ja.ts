<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CalDav</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is an HTTP method (PUT, REPORT), %2 a URL</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://): the password would travel in clear text. Use https://, or allow plain http explicitly.</source>
        <translation>%1 は暗号化されていません (http://)。パスワードが平文で送信されます。https:// を使うか、暗号化されていない http を明示的に許可してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// server address</source>
        <translation>「%1」は http:// または https:// のサーバーアドレスではありません</translation>
    </message>
    <message>
        <source>could not reach the server (%1): %2</source>
        <translation>サーバーに接続できませんでした (%1): %2</translation>
    </message>
    <message>
        <source>the server did not answer in time (%1)</source>
        <translation>サーバーが時間内に応答しませんでした (%1)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (401, %1)</source>
        <translation>サーバーがユーザー名またはパスワードを拒否しました (401、%1)</translation>
    </message>
    <message>
        <source>this account may not change calendar %1 on the server (403, %2)</source>
        <translation>このアカウントにはサーバー上のカレンダー %1 を変更する権限がありません (403、%2)</translation>
    </message>
    <message>
        <source>not found on the server (404, %1)</source>
        <translation>サーバー上に見つかりません (404、%1)</translation>
    </message>
    <message>
        <source>event %1 in calendar %2 was changed on the server by someone else since Sunrelay read it; it was not overwritten (publish again to replace it with the plan&apos;s version)</source>
        <translation>カレンダー %2 のイベント %1 は、Sunrelay が読み込んだ後にサーバー上で他の人によって変更されたため、上書きしませんでした (プランの内容で置き換えるには、もう一度公開してください)</translation>
    </message>
    <message>
        <source>the server failed (%1, %2); publish again to complete</source>
        <translation>サーバーでエラーが発生しました (%1、%2)。完了するには、もう一度公開してください</translation>
    </message>
    <message>
        <source>unexpected reply %1 to %2</source>
        <translation>%2 に対して予期しない応答 %1 がありました</translation>
    </message>
    <message>
        <source>the server&apos;s reply to %1 is larger than %2 bytes; it was not read</source>
        <translation>%1 に対するサーバーの応答が %2 バイトを超えるため、読み込みませんでした</translation>
    </message>
    <message>
        <source>the server&apos;s reply to %1 cannot be read: %2</source>
        <translation>%1 に対するサーバーの応答を読み取れません: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>Why a publish to a CalDAV server ended: the user cancelled it</extracomment>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>A problem in a calendar map file; %1 is its line number</extracomment>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>expected KEY = URL, e.g. member:anna = %1</source>
        <translation>KEY = URL の形式で指定してください (例: member:anna = %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar key (member:ID, region:ID or handoffs)</source>
        <translation>「%1」はカレンダーキーではありません (member:ID、region:ID、handoffs のいずれかです)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a URL</source>
        <translation>%1: 「%2」は URL ではありません</translation>
    </message>
    <message>
        <source>%1: %2 is not on the server %3 (the password is sent to that server only)</source>
        <translation>%1: %2 はサーバー %3 上にありません (パスワードはそのサーバーにのみ送信されます)</translation>
    </message>
    <message>
        <source>All handoffs</source>
        <extracomment>The calendar of every handoff in the plan, in the calendar map (Publish &gt; Use Existing Calendars)</extracomment>
        <translation>すべての引き継ぎ</translation>
    </message>
    <message>
        <source>Region %1</source>
        <extracomment>A region&apos;s calendar in the calendar map; %1 is the region</extracomment>
        <translation>地域 %1</translation>
    </message>
    <message>
        <source>%1 is mapped twice</source>
        <extracomment>A problem in a calendar map file: %1 is a calendar key (&quot;member:anna&quot;) given on two lines</extracomment>
        <translation>%1 が二重に対応付けられています</translation>
    </message>
    <message>
        <source>%1: %2 is already mapped to another calendar key; two keys in one calendar would delete each other&apos;s events</source>
        <translation>%1: %2 はすでに別のカレンダーキーに対応付けられています。1 つのカレンダーに 2 つのキーがあると、互いのイベントを削除してしまいます</translation>
    </message>
    <message>
        <source>the plan has no member &quot;%1&quot;</source>
        <translation>プランにメンバー「%1」はありません</translation>
    </message>
    <message>
        <source>the plan has no region &quot;%1&quot;</source>
        <translation>プランに地域「%1」はありません</translation>
    </message>
    <message>
        <source>the server refused to create calendar %1 (%2; %3, %4). Create it on the server yourself, or map %2 to an existing calendar: a line &quot;%2 = URL&quot; in the file given to sunrelay-cli publish --calendars (--list-calendars lists yours), or Use Existing Calendars… in the Publish dialog.</source>
        <extracomment>%1 calendar name, %2 calendar key (member:anna), %3 HTTP status, %4 request</extracomment>
        <translation>サーバーがカレンダー %1 の作成を拒否しました (%2; %3, %4)。サーバー上でご自身で作成するか、%2 を既存のカレンダーに対応付けてください。対応付けるには、sunrelay-cli publish --calendars に渡すファイルに「%2 = URL」の行を書くか (--list-calendars でカレンダーの一覧を表示できます)、「カレンダーサーバーに公開」ダイアログの「既存のカレンダーを使用…」を使います。</translation>
    </message>
    <message>
        <source>calendar %1 (%2) is mapped to %3, which is not a calendar on the server; Sunrelay does not create mapped calendars: correct the mapping or create the calendar</source>
        <extracomment>%1 calendar name, %2 calendar key (member:anna), %3 URL</extracomment>
        <translation>カレンダー %1 (%2) は %3 に対応付けられていますが、これはサーバー上のカレンダーではありません。Sunrelay は対応付けられたカレンダーを作成しません。対応付けを修正するか、カレンダーを作成してください</translation>
    </message>
    <message>
        <source>%1: %2 holds no events (%3), so the plan&apos;s events cannot go there</source>
        <extracomment>A problem in a calendar map: %1 is a calendar key (&quot;member:anna&quot;), %2 the URL of a calendar on the server that holds only other components, %3 those components (&quot;VTODO&quot;)</extracomment>
        <translation>%1: %2 はイベントを保存できないため (%3)、プランのイベントを入れられません</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>Error on an iCalendar file; %1 is the file&apos;s name, %2 why it cannot be read</extracomment>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A calendar file and why it cannot be imported: &quot;team.ics: unknown time zone&quot;
----------
A calendar file and why it cannot be imported: &quot;holidays.ics: unknown time zone&quot;
----------
Where in a calendar file, and what is wrong there: &quot;line 12: a value cannot be read&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file, or a line in it, is too large</source>
        <translation>ファイル、またはその中の行が大きすぎます</translation>
    </message>
    <message>
        <source>this is not iCalendar text</source>
        <translation>iCalendar 形式のテキストではありません</translation>
    </message>
    <message>
        <source>there is no calendar (VCALENDAR) in the file</source>
        <translation>ファイルにカレンダー (VCALENDAR) がありません</translation>
    </message>
    <message>
        <source>a value cannot be read</source>
        <translation>読み取れない値があります</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <extracomment>What is wrong in an iCalendar file: a TZID the tz database does not know</extracomment>
        <translation>不明なタイムゾーンです</translation>
    </message>
    <message>
        <source>too many events</source>
        <extracomment>What is wrong in an iCalendar file: it holds more events than Sunrelay reads</extracomment>
        <translation>イベントが多すぎます</translation>
    </message>
    <message>
        <source>recurring events repeat too often in the range</source>
        <translation>繰り返しイベントがこの期間内で多すぎる回数繰り返されます</translation>
    </message>
    <message>
        <source>no such member or region in the plan</source>
        <translation>そのメンバーまたは地域はプランにありません</translation>
    </message>
    <message>
        <source>the dates must lie between 1970 and 2037</source>
        <translation>日付は 1970 年から 2037 年の範囲で指定してください</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>Where the problem is in an iCalendar file; %1 is a line number</extracomment>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;</source>
        <extracomment>Where the problem is in an iCalendar file; %1 is the event&apos;s UID</extracomment>
        <translation>イベント「%1」</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Where in a calendar file a problem is: a line and an event: &quot;line 12, event &quot;standup&quot;&quot;</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A problem in a calendar file and libical&apos;s detail on it (in English)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChosenFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>Error after an export; %1 is the file, %2 why it cannot be written</extracomment>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: sunrelay-cli %1

%2
</source>
        <extracomment>sunrelay-cli --help: %1 is the command&apos;s synopsis, %2 its description</extracomment>
        <translation>使い方: sunrelay-cli %1

%2
</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got the wrong number of arguments</extracomment>
        <translation>
            <numerusform>引数が %n 個必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>sunrelay-cli %1: %2
Usage: sunrelay-cli %3
</source>
        <extracomment>sunrelay-cli usage error: %1 is the command, %2 the problem, %3 the command&apos;s synopsis</extracomment>
        <translation>sunrelay-cli %1: %2
使い方: sunrelay-cli %3
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <extracomment>sunrelay-cli error line: %1 is the file (or input) at fault, %2 the problem with it</extracomment>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>First UTC date (YYYY-MM-DD).</source>
        <extracomment>sunrelay-cli --help: the --from option, the first day of the range</extracomment>
        <translation>最初の日付 (UTC、YYYY-MM-DD)。</translation>
    </message>
    <message>
        <source>Last UTC date (YYYY-MM-DD), inclusive.</source>
        <translation>最後の日付 (UTC、YYYY-MM-DD)。この日を含みます。</translation>
    </message>
    <message>
        <source>Show times in this IANA zone (default: the system zone).</source>
        <translation>時刻をこの IANA タイムゾーンで表示します (既定: システムのタイムゾーン)。</translation>
    </message>
    <message>
        <source>Print JSON as documented in the README.</source>
        <translation>README に記載の JSON 形式で出力します。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <extracomment>sunrelay-cli --help: the -o/--output option</extracomment>
        <translation>書き込むファイル。</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <extracomment>sunrelay-cli error: %1 is a time zone name given on the command line</extracomment>
        <translation>不明なタイムゾーン「%1」</translation>
    </message>
    <message>
        <source>--%1: dates after 2037 are not supported</source>
        <translation>--%1: 2037 年より後の日付には対応していません</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: 「%2」は日付 (YYYY-MM-DD) ではありません</translation>
    </message>
    <message>
        <source>--from and --to are both required</source>
        <translation>--from と --to の両方が必要です</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <extracomment>sunrelay-cli error: the --to date is earlier than the --from date (option names stay in English)</extracomment>
        <translation>--to が --from より前です</translation>
    </message>
    <message>
        <source>%1 to %2 is %3 days; a report covers at most %4 days (about three years): ask for a shorter window</source>
        <translation>%1 から %2 までは %3 日間です。レポートの期間は最大 %4 日 (約 3 年) です。より短い期間を指定してください</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <extracomment>sunrelay-cli --help: the PLAN argument</extracomment>
        <translation>プランファイル。</translation>
    </message>
    <message>
        <source>standard output</source>
        <extracomment>sunrelay-cli: names the console output in an error line, &quot;standard output: ...&quot;</extracomment>
        <translation>標準出力</translation>
    </message>
    <message>
        <source>%1: ok: &quot;%2&quot;, %3 regions, %4 members, %5 tasks (%6 placed)
</source>
        <translation>%1: OK: 「%2」、地域 %3、メンバー %4 人、タスク %5 件 (うち配置済み %6 件)
</translation>
    </message>
    <message>
        <source>The plan&apos;s name (default: the roster&apos;s file name).</source>
        <translation>プランの名前 (既定: 名簿ファイルの名前)。</translation>
    </message>
    <message>
        <source>The roster CSV file.</source>
        <extracomment>sunrelay-cli --help: the ROSTER argument of the import command</extracomment>
        <translation>名簿の CSV ファイル。</translation>
    </message>
    <message>
        <source>-o PLAN.json is required</source>
        <extracomment>sunrelay-cli error: the -o option is missing (option and placeholder stay in English)</extracomment>
        <translation>-o PLAN.json が必要です</translation>
    </message>
    <message>
        <source>%1: %2 members in %3 regions
</source>
        <extracomment>sunrelay-cli after a roster import: %1 is the plan file written, %2 and %3 counts</extracomment>
        <translation>%1: メンバー %2 人、地域 %3
</translation>
    </message>
    <message>
        <source>The plan to read.</source>
        <extracomment>sunrelay-cli --help: the input plan argument of a conversion command</extracomment>
        <translation>読み込むプラン。</translation>
    </message>
    <message>
        <source>-o %1 is required</source>
        <extracomment>sunrelay-cli error: the -o option is missing; %1 is the output&apos;s placeholder, e.g. PLAN.sunrelay</extracomment>
        <translation>-o %1 が必要です</translation>
    </message>
    <message>
        <source>The member&apos;s id.</source>
        <extracomment>sunrelay-cli --help: the --member option</extracomment>
        <translation>メンバーの ID。</translation>
    </message>
    <message>
        <source>The region&apos;s id.</source>
        <extracomment>sunrelay-cli --help: the --region option</extracomment>
        <translation>地域の ID。</translation>
    </message>
    <message>
        <source>unknown --include item &quot;%1&quot; (use handoffs, deepwork, comms, tasks, separated by commas)</source>
        <translation>不明な --include の項目「%1」(handoffs、deepwork、comms、tasks をカンマ区切りで指定してください)</translation>
    </message>
    <message>
        <source>warning: not read as an earlier export (%1); every event is new (SEQUENCE 0)</source>
        <translation>警告: 以前のエクスポートとして読み取れませんでした (%1)。すべてのイベントを新規として扱います (SEQUENCE 0)</translation>
    </message>
    <message>
        <source>Export the whole plan.</source>
        <extracomment>sunrelay-cli --help: the --all option of calendar export</extracomment>
        <translation>プラン全体をエクスポートします。</translation>
    </message>
    <message>
        <source>What to export, separated by commas: handoffs, deepwork, comms, tasks (default: handoffs,deepwork,comms).</source>
        <translation>エクスポートする内容をカンマ区切りで指定: handoffs、deepwork、comms、tasks (既定: handoffs,deepwork,comms)。</translation>
    </message>
    <message>
        <source>give exactly one of --member ID, --region ID and --all</source>
        <translation>--member ID、--region ID、--all のいずれか 1 つだけを指定してください</translation>
    </message>
    <message>
        <source>-o FILE.ics is required</source>
        <extracomment>sunrelay-cli error: the -o option is missing (option and placeholder stay in English)</extracomment>
        <translation>-o FILE.ics が必要です</translation>
    </message>
    <message>
        <source>%1: %2 events
</source>
        <extracomment>sunrelay-cli after a calendar export: %1 is the file written, %2 the number of events in it</extracomment>
        <translation>%1: イベント %2 件
</translation>
    </message>
    <message>
        <source>imported calendars are kept in plan files only, not in plan JSON; make one with: sunrelay-cli import %1 -o PLAN.sunrelay</source>
        <translation>インポートしたカレンダーはプランファイルにのみ保存され、プラン JSON には含まれません。次のコマンドでプランファイルを作成してください: sunrelay-cli import %1 -o PLAN.sunrelay</translation>
    </message>
    <message>
        <source>Count all-day events as busy.</source>
        <translation>終日イベントも予定ありとして扱います。</translation>
    </message>
    <message>
        <source>The calendar file.</source>
        <extracomment>sunrelay-cli --help: the iCalendar file argument</extracomment>
        <translation>カレンダーファイル。</translation>
    </message>
    <message>
        <source>--member ID is required</source>
        <extracomment>sunrelay-cli error: the --member option is missing (option stays in English)</extracomment>
        <translation>--member ID が必要です</translation>
    </message>
    <message>
        <source>no member &quot;%1&quot;</source>
        <extracomment>sunrelay-cli error: %1 is a member id not found in the plan</extracomment>
        <translation>メンバー「%1」はありません</translation>
    </message>
    <message>
        <source>%1: %2 busy times for %3 from %4
</source>
        <extracomment>sunrelay-cli after a busy-time import: %1 plan file, %2 count, %3 member&apos;s name, %4 iCalendar file</extracomment>
        <translation>%1: %4 から %3 の予定あり時間を %2 件読み込みました
</translation>
    </message>
    <message>
        <source>--region ID is required</source>
        <extracomment>sunrelay-cli error: the --region option is missing (option stays in English)</extracomment>
        <translation>--region ID が必要です</translation>
    </message>
    <message>
        <source>no region &quot;%1&quot;</source>
        <extracomment>sunrelay-cli error: %1 is a region id not found in the plan</extracomment>
        <translation>地域「%1」はありません</translation>
    </message>
    <message>
        <source>%1: %2 holidays for %3 from %4
</source>
        <extracomment>sunrelay-cli after a holiday import: %1 plan file, %2 count, %3 region&apos;s name, %4 iCalendar file</extracomment>
        <translation>%1: %4 から %3 の祝日を %2 件読み込みました
</translation>
    </message>
    <message>
        <source>Coverage, gaps, overlaps and handoffs for the dates DATE..DATE.</source>
        <translation>DATE..DATE の期間のカバー時間、空白、重なり、引き継ぎ。</translation>
    </message>
    <message>
        <source>How each placed task travels region to region, and what that gains.</source>
        <translation>配置済みの各タスクが地域から地域へどう渡っていくか、それで何が得られるか。</translation>
    </message>
    <message>
        <source>Where the plan breaks its maker-schedule rules.</source>
        <translation>プランがメーカースケジュールのルールに反している箇所。</translation>
    </message>
    <message>
        <source>Validate a plan file.</source>
        <extracomment>sunrelay-cli --help: summary of the check command</extracomment>
        <translation>プランファイルを検証します。</translation>
    </message>
    <message>
        <source>Make a plan from a member roster kept in a spreadsheet.</source>
        <translation>スプレッドシートで管理しているメンバー名簿からプランを作成します。</translation>
    </message>
    <message>
        <source>Make a plan file from plan interchange JSON.</source>
        <translation>プラン交換用 JSON からプランファイルを作成します。</translation>
    </message>
    <message>
        <source>Write a plan file as plan interchange JSON.</source>
        <translation>プランファイルをプラン交換用 JSON として書き出します。</translation>
    </message>
    <message>
        <source>Export handoffs, deep-work blocks, comms windows and task segments as an iCalendar file.</source>
        <translation>引き継ぎ、ディープワーク枠、連絡時間帯、タスク区間を iCalendar ファイルとしてエクスポートします。</translation>
    </message>
    <message>
        <source>Import a member&apos;s own calendar as busy time (replaces the member&apos;s earlier import).</source>
        <translation>メンバー自身のカレンダーを予定あり時間としてインポートします (そのメンバーの以前のインポートを置き換えます)。</translation>
    </message>
    <message>
        <source>Import a region&apos;s public holidays as time off for its members.</source>
        <translation>地域の祝日を、その地域のメンバーの休暇としてインポートします。</translation>
    </message>
    <message>
        <source>Usage: sunrelay-cli COMMAND [OPTIONS]

Plans follow-the-sun work for teams across time zones.
PLAN is a plan file (.sunrelay) or plan interchange JSON; DATE is YYYY-MM-DD (UTC dates).

Commands:
</source>
        <translation>使い方: sunrelay-cli COMMAND [OPTIONS]

タイムゾーンをまたぐチームのフォロー・ザ・サン型の作業を計画します。
PLAN はプランファイル (.sunrelay) またはプラン交換用 JSON、DATE は YYYY-MM-DD (UTC の日付) です。

コマンド:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help, or a command&apos;s help after its name.
  -v, --version  Show the version.

Exit status: 0 ok, 1 bad input, 2 usage error.
</source>
        <translation>
オプション:
  -h, --help     このヘルプを表示します。コマンド名の後に付けるとそのコマンドのヘルプを表示します。
  -v, --version  バージョンを表示します。

終了ステータス: 0 正常、1 入力が不正、2 使い方の誤り。
</translation>
    </message>
    <message>
        <source>sunrelay-cli: unknown command &quot;%1&quot;

</source>
        <extracomment>sunrelay-cli error: %1 is the command typed, not one sunrelay-cli knows</extracomment>
        <translation>sunrelay-cli: 不明なコマンド「%1」

</translation>
    </message>
    <message>
        <source>the text stream failed</source>
        <extracomment>sunrelay-cli error: writing the JSON output to the terminal or a pipe failed</extracomment>
        <translation>テキストストリームでエラーが発生しました</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <extracomment>sunrelay-cli error: writing the JSON output failed; %1 is the system&apos;s reason</extracomment>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>sunrelay-cli: out of memory
</source>
        <extracomment>Printed when sunrelay-cli runs out of memory and stops</extracomment>
        <translation>sunrelay-cli: メモリが不足しています
</translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error: %1
</source>
        <extracomment>Printed when sunrelay-cli stops on a bug; %1 is the technical message (English)</extracomment>
        <translation>sunrelay-cli: 内部エラー: %1
</translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error: %1</source>
        <extracomment>Printed when sunrelay-cli stops on a bug; %1 is the technical message (English)</extracomment>
        <translation>sunrelay-cli: 内部エラー: %1</translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error</source>
        <extracomment>Printed when sunrelay-cli stops on a bug with no message</extracomment>
        <translation>sunrelay-cli: 内部エラー</translation>
    </message>
    <message>
        <source>Wrote %1 (members: %2, tasks: %3)
</source>
        <extracomment>After writing a plan file: its path and how many members and tasks it holds</extracomment>
        <translation>%1 を書き出しました (メンバー: %2、タスク: %3)
</translation>
    </message>
    <message>
        <source>Publish members&apos;, regions&apos; and handoff calendars to a CalDAV server, changing only what changed.</source>
        <translation>メンバー、地域、引き継ぎのカレンダーを CalDAV サーバーに公開します。変更された部分だけを更新します。</translation>
    </message>
    <message>
        <source>Git&apos;s merge driver for plan JSON: merge THEIRS into OURS by region, member and task (exit 1: conflicts marked in OURS).</source>
        <translation>プラン JSON 用の Git マージドライバーです。THEIRS を地域・メンバー・タスク単位で OURS にマージします (終了コード 1: OURS に競合をマーク)。</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check: %1); the file was not changed; restore it from a backup</source>
        <extracomment>check: %1 is the problem SQLite&apos;s integrity check reports, in English</extracomment>
        <translation>ファイルが破損しています (SQLite の整合性チェック: %1)。ファイルは変更されていません。バックアップから復元してください</translation>
    </message>
    <message numerus="yes">
        <source>the file is damaged (SQLite&apos;s integrity check: %1, and %n more problem(s)); the file was not changed; restore it from a backup</source>
        <extracomment>check: %1 is the first problem SQLite&apos;s integrity check reports, in English; %n how many more it found</extracomment>
        <translation>
            <numerusform>ファイルが破損しています (SQLite の整合性チェック: %1、ほか %n 件の問題)。ファイルは変更されていません。バックアップから復元してください</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>The sync slot falls inside %1&apos;s deep-work block.</source>
        <translation>同期枠が %1 のディープワーク枠に重なっています。</translation>
    </message>
    <message>
        <source>A handoff is picked up during %1&apos;s deep-work block, and nobody else on the receiving side is free then.</source>
        <translation>%1 のディープワーク枠の間に引き継ぎの受け取りがあり、受け手側にはその時間に対応できる人がほかにいません。</translation>
    </message>
    <message>
        <source>%1 has no deep-work block of at least %2 on this workday.</source>
        <translation>%1 にはこの勤務日に %2 以上のディープワーク枠がありません。</translation>
    </message>
    <message>
        <source>%1&apos;s comms window cuts %2 into a deep-work block.</source>
        <translation>%1 の連絡時間帯がディープワーク枠に %2 食い込んでいます。</translation>
    </message>
    <message>
        <source>%1 has %2 of deep work outside working hours.</source>
        <translation>%1 には勤務時間外のディープワークが %2 あります。</translation>
    </message>
    <message>
        <source>Nobody covers for %1 (the limit is %2).</source>
        <translation>%1 の間、誰もカバーしていません (上限は %2)。</translation>
    </message>
    <message>
        <source>A meeting from %1&apos;s calendar cuts %2 into a deep-work block.</source>
        <translation>%1 のカレンダーの会議がディープワーク枠に %2 食い込んでいます。</translation>
    </message>
</context>
<context>
    <name>ExportPlanSource</name>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: そのファイルはありません</translation>
    </message>
    <message>
        <source>%1: that is a folder, not a plan file or plan JSON</source>
        <translation>%1: これはフォルダーです。プランファイルでもプラン JSON でもありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A plan file and why it cannot be read: &quot;/home/ana/team.sunrelay: permission denied&quot;
----------
A plan file and why it cannot be read: &quot;/home/ana/team.sunrelay: not a plan file&quot;
----------
A plan JSON file and why it cannot be read: &quot;team.json: permission denied&quot;
----------
A plan JSON file and the reader&apos;s message on it (in English)</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>nothing</source>
        <extracomment>Stands for an empty file name in messages</extracomment>
        <translation>何もありません</translation>
    </message>
    <message>
        <source>a regular file</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;</extracomment>
        <translation>通常のファイル</translation>
    </message>
    <message>
        <source>a directory</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;</extracomment>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a named pipe</extracomment>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a device such as /dev/null</extracomment>
        <translation>キャラクターデバイス</translation>
    </message>
    <message>
        <source>a block device</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a disk device</extracomment>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a network socket</extracomment>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a special file</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: any other special file</extracomment>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>A file size in mebibytes, e.g. &quot;12.5 MiB&quot;</extracomment>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <extracomment>Why a file cannot be used, after its name: &quot;plan.json: cannot open the file&quot;</extracomment>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>is not a regular file (%1)</source>
        <translation>は通常のファイルではありません (%1)</translation>
    </message>
    <message>
        <source>the file is too large (%1, more than the limit of %2)</source>
        <translation>ファイルが大きすぎます (%1、上限の %2 を超えています)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1; the file was not changed</source>
        <translation>ファイルに書き込めません: %1。ファイルは変更されていません</translation>
    </message>
    <message>
        <source>is also an input of this command; name another output file (nothing was written)</source>
        <translation>はこのコマンドの入力でもあります。別の出力ファイルを指定してください (何も書き込まれていません)</translation>
    </message>
    <message>
        <source>a file already exists there; it was not changed</source>
        <translation>その場所にはすでにファイルがあります。変更はされていません</translation>
    </message>
    <message>
        <source>is a symbolic link to a file that does not exist; name the file itself</source>
        <translation>は存在しないファイルへのシンボリックリンクです。ファイルそのものを指定してください</translation>
    </message>
    <message>
        <source>cannot use the file</source>
        <extracomment>Why a file cannot be used, after its name, when no better reason is known</extracomment>
        <translation>ファイルを使用できません</translation>
    </message>
</context>
<context>
    <name>LibraryVersions</name>
    <message>
        <source>tz database</source>
        <extracomment>In Help &gt; About and --version: the IANA time zone database, then its version (&quot;2024a&quot;).</extracomment>
        <translation>tz データベース</translation>
    </message>
</context>
<context>
    <name>MergeDriver</name>
    <message>
        <source>%1: changed differently on both sides: %2</source>
        <extracomment>%1 names a region, member or task, %2 lists its fields (&quot;zone, work&quot;)</extracomment>
        <translation>%1: 両方の側で異なる変更があります: %2</translation>
    </message>
    <message>
        <source>%1: deleted in ours, changed in theirs</source>
        <translation>%1: ours では削除され、theirs では変更されています</translation>
    </message>
    <message>
        <source>%1: changed in ours, deleted in theirs</source>
        <translation>%1: ours では変更され、theirs では削除されています</translation>
    </message>
    <message>
        <source>%1: added on both sides with different contents</source>
        <translation>%1: 両方の側で異なる内容が追加されています</translation>
    </message>
    <message>
        <source>%1: reordered differently on both sides; ours&apos; order is kept</source>
        <extracomment>%1 is &quot;regions&quot;, &quot;members&quot; or &quot;tasks&quot;, as the JSON key</extracomment>
        <translation>%1: 両方の側で異なる並べ替えがあります。ours の順序を残します</translation>
    </message>
    <message>
        <source>the merged plan is not valid: %1</source>
        <translation>マージしたプランが有効ではありません: %1</translation>
    </message>
    <message>
        <source>base</source>
        <extracomment>the common ancestor in a three-way merge (Git&apos;s %O)</extracomment>
        <translation>base</translation>
    </message>
    <message>
        <source>ours</source>
        <extracomment>Git merge driver: our side of a merge conflict (as in git&apos;s &quot;ours&quot;)</extracomment>
        <translation>ours</translation>
    </message>
    <message>
        <source>theirs</source>
        <extracomment>Git merge driver: their side of a merge conflict (as in git&apos;s &quot;theirs&quot;)</extracomment>
        <translation>theirs</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <extracomment>Git merge driver error line: %1 is a file, %2 why it cannot be read</extracomment>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>%1 (%2): %3; nothing merged
</source>
        <extracomment>%1 is the file, %2 &quot;base&quot;, &quot;ours&quot; or &quot;theirs&quot;, %3 what is wrong in it</extracomment>
        <translation>%1 (%2): %3。何もマージしていません
</translation>
    </message>
    <message>
        <source>conflict: %1
</source>
        <extracomment>Git merge driver: a conflict it could not resolve; %1 describes it</extracomment>
        <translation>競合: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve: keep one version of each block between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt;, delete the marker lines, then check the file with sunrelay-cli check</source>
        <translation>
            <numerusform>解決が必要な競合が %n 件あります: 各ブロックの &lt;&lt;&lt;&lt;&lt;&lt;&lt; と &gt;&gt;&gt;&gt;&gt;&gt;&gt; の間でどちらか一方の版だけを残し、マーカー行を削除してから、sunrelay-cli check でファイルを確認してください</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyWeek</name>
    <message>
        <source>Working hours %1</source>
        <extracomment>My Week: description of a working-hours block; %1 is its time span, e.g. &quot;09:00–17:00&quot;</extracomment>
        <translation>勤務時間 %1</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>My Week: label of a block of protected, meeting-free focus time</extracomment>
        <translation>ディープワーク</translation>
    </message>
    <message>
        <source>Protected deep work %1 (%2)</source>
        <translation>保護されたディープワーク %1 (%2)</translation>
    </message>
    <message>
        <source>Comms</source>
        <extracomment>Short for comms window: a fixed time for messages and calls</extracomment>
        <translation>連絡</translation>
    </message>
    <message>
        <source>Comms window %1</source>
        <extracomment>My Week: description of a comms window block; %1 is its time span, e.g. &quot;09:00–10:00&quot;</extracomment>
        <translation>連絡時間帯 %1</translation>
    </message>
    <message>
        <source>Time off</source>
        <extracomment>My Week: label of a day the member is off (holiday, leave)</extracomment>
        <translation>休暇</translation>
    </message>
    <message>
        <source>Time off (%1 to %2)</source>
        <translation>休暇 (%1 ～ %2)</translation>
    </message>
    <message>
        <source>%1: public holiday in %2</source>
        <translation>%1: %2 の祝日</translation>
    </message>
    <message>
        <source>%1 %2 (busy, from your calendar)</source>
        <translation>%1 %2 (予定あり、カレンダーより)</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <extracomment>My Week: description of a task&apos;s block: %1 is the task&apos;s id, %2 its title, and on the next line %3 when and where the task runs</extracomment>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>A member, their local time and their city: &quot;Ana 09:00 São Paulo&quot;
----------
A member, the sync slot in their local time and their city: &quot;Ana 13:00–13:15 São Paulo&quot;</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Handoff %1 → %2</source>
        <extracomment>My Week: first line of a handoff&apos;s description; %1 is the region handing off, %2 the one taking over</extracomment>
        <translation>引き継ぎ %1 → %2</translation>
    </message>
    <message>
        <source>You pass on at %1; %2 picks up %3</source>
        <translation>%1 に引き渡し、%2 が %3 に受け取ります</translation>
    </message>
    <message>
        <source>(%1)</source>
        <extracomment>The receiving members of a handoff, in brackets after the sentence
----------
The sending members of a handoff, in brackets after the sentence</extracomment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>You pick up at %1; %2 stops %3</source>
        <translation>%1 に受け取り、%2 は %3 に終了します</translation>
    </message>
    <message>
        <source>Waits %1 in a gap</source>
        <translation>空白で %1待ちます</translation>
    </message>
    <message>
        <source>Sync slot %1</source>
        <extracomment>My Week: the handoff&apos;s live sync meeting; %1 is its time span</extracomment>
        <translation>同期枠 %1</translation>
    </message>
    <message>
        <source>Sync slot %1 here · %2</source>
        <translation>同期枠: こちらは %1 · %2</translation>
    </message>
    <message>
        <source>Async only: a written note</source>
        <translation>非同期のみ: 書面のメモで引き継ぎ</translation>
    </message>
    <message>
        <source>→ %1</source>
        <extracomment>My Week: label of an outgoing handoff; %1 is the region taking the work over</extracomment>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>← %1</source>
        <extracomment>My Week: label of an incoming handoff; %1 is the region handing the work over</extracomment>
        <translation>← %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of clock times: &quot;09:00–12:00&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 — %2 to %3 (%4)</source>
        <extracomment>My Week title: %1 member&apos;s name, %2 first day, %3 last day, %4 the member&apos;s IANA zone</extracomment>
        <translation>%1 — %2 ～ %3 (%4)</translation>
    </message>
    <message>
        <source>No workdays this week</source>
        <extracomment>My Week: summary when the member has no workdays in the week shown</extracomment>
        <translation>今週は勤務日がありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) protected</source>
        <translation>
            <numerusform>%n 日中 %1 日が保護されています</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 has no deep-work block of %3</source>
        <translation>%1。%2 には %3 のディープワーク枠がありません</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by a %2 meeting</source>
        <translation>%1 の枠が %2 の会議で分断されています</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by the %2 comms window</source>
        <translation>%1 の枠が %2 の連絡時間帯で分断されています</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by the %2 sync slot</source>
        <translation>%1 の枠が %2 の同期枠で分断されています</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by a %2 handoff pickup</source>
        <translation>%1 の枠が %2 の引き継ぎの受け取りで分断されています</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>The maker-score verdict and what cuts into deep work, one after the other</extracomment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>The sync slot falls inside your deep-work block.</source>
        <translation>同期枠があなたのディープワーク枠に重なっています。</translation>
    </message>
    <message>
        <source>A handoff is picked up during your deep-work block, and nobody else on your side is free then.</source>
        <translation>あなたのディープワーク枠の間に引き継ぎの受け取りがあり、あなたの側にはその時間に対応できる人がほかにいません。</translation>
    </message>
    <message>
        <source>No deep-work block of at least %1 on this workday.</source>
        <translation>この勤務日に %1 以上のディープワーク枠がありません。</translation>
    </message>
    <message>
        <source>A comms window cuts %1 into a deep-work block.</source>
        <translation>連絡時間帯がディープワーク枠に %1 食い込んでいます。</translation>
    </message>
    <message>
        <source>%1 of deep work outside working hours.</source>
        <translation>勤務時間外のディープワークが %1 あります。</translation>
    </message>
    <message>
        <source>Nobody covers for %1 (the limit is %2).</source>
        <translation>%1 の間、誰もカバーしていません (上限は %2)。</translation>
    </message>
    <message>
        <source>A meeting from your calendar cuts %1 into a deep-work block.</source>
        <translation>あなたのカレンダーの会議がディープワーク枠に %1 食い込んでいます。</translation>
    </message>
    <message>
        <source>%1 h day</source>
        <extracomment>My Week: the length of a day with a clock change, in whole hours, e.g. &quot;25 h day&quot;</extracomment>
        <translation>1 日 %1 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min day</source>
        <translation>1 日 %1 時間 %2 分</translation>
    </message>
    <message>
        <source>longest %1</source>
        <extracomment>My Week day details: the longest stretch of work; %1 is a duration, e.g. &quot;5 h&quot;</extracomment>
        <translation>最長 %1</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <source>.png, .svg or .pdf</source>
        <extracomment>The file name endings Export Picture accepts, in a sentence</extracomment>
        <translation>.png、.svg、.pdf</translation>
    </message>
    <message>
        <source>%1: unknown picture type &quot;%2&quot;; use %3</source>
        <translation>%1: 不明な画像形式「%2」です。%3 を使用してください</translation>
    </message>
    <message>
        <source>cannot write %1: there is no folder %2</source>
        <translation>%1 に書き込めません: フォルダー %2 がありません</translation>
    </message>
    <message>
        <source>cannot write %1: the %2 × %3 px picture could not be drawn</source>
        <translation>%1 に書き込めません: %2 × %3 px の画像を描画できませんでした</translation>
    </message>
</context>
<context>
    <name>PublishCli</name>
    <message>
        <source>Usage: sunrelay-cli %1

%2</source>
        <extracomment>sunrelay-cli publish --help: %1 is the command&apos;s synopsis, %2 its description</extracomment>
        <translation>使い方: sunrelay-cli %1

%2</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got the wrong number of arguments</extracomment>
        <translation>
            <numerusform>%n 個の引数が必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>sunrelay-cli: %1
Usage: sunrelay-cli %2
</source>
        <translation>sunrelay-cli: %1
使い方: sunrelay-cli %2
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <extracomment>sunrelay-cli error line: %1 is the file or server at fault, %2 the problem</extracomment>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>The account&apos;s user name.</source>
        <extracomment>sunrelay-cli publish --help: the --user option</extracomment>
        <translation>アカウントのユーザー名。</translation>
    </message>
    <message>
        <source>A file whose first line is the password.</source>
        <translation>1 行目にパスワードが書かれたファイル。</translation>
    </message>
    <message>
        <source>Allow a plain http:// server other than this computer (the password travels unencrypted).</source>
        <translation>このコンピューター以外の暗号化されていない http:// サーバーを許可します (パスワードは暗号化されずに送信されます)。</translation>
    </message>
    <message>
        <source>First UTC date (YYYY-MM-DD).</source>
        <extracomment>sunrelay-cli publish --help: the --from option, the first day of the range</extracomment>
        <translation>最初の日付 (UTC、YYYY-MM-DD)。</translation>
    </message>
    <message>
        <source>Last UTC date (YYYY-MM-DD), inclusive.</source>
        <translation>最後の日付 (UTC、YYYY-MM-DD)。この日を含みます。</translation>
    </message>
    <message>
        <source>the first line (the password) is empty</source>
        <translation>1 行目 (パスワード) が空です</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <extracomment>sunrelay-cli error: %1 is the name of a required option that is missing</extracomment>
        <translation>--%1 が必要です</translation>
    </message>
    <message>
        <source>--from and --to are both required</source>
        <translation>--from と --to の両方が必要です</translation>
    </message>
    <message>
        <source>--from..--to must run forwards and span at most three years</source>
        <translation>--from..--to は開始日を終了日より前にし、期間を 3 年以内にしてください</translation>
    </message>
    <message>
        <source>give at most one of --member ID, --region ID and --all</source>
        <translation>--member ID、--region ID、--all のうち指定できるのは 1 つだけです</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 deleted, %5 unchanged, %6 conflict(s)
</source>
        <extracomment>One calendar&apos;s line of a publish summary</extracomment>
        <translation>%1: 作成 %2、更新 %3、削除 %4、変更なし %5、競合 %6
</translation>
    </message>
    <message>
        <source>conflict: %1
</source>
        <extracomment>sunrelay-cli publish warning: %1 says which event changed on the server meanwhile</extracomment>
        <translation>競合: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <extracomment>sunrelay-cli publish warning: %1 is the server&apos;s or network&apos;s error on one calendar</extracomment>
        <translation>エラー: %1
</translation>
    </message>
    <message>
        <source>requests: %1 (PROPFIND %2, REPORT %3, MKCALENDAR %4, PUT %5, DELETE %6)
</source>
        <translation>リクエスト: %1 (PROPFIND %2、REPORT %3、MKCALENDAR %4、PUT %5、DELETE %6)
</translation>
    </message>
    <message>
        <source>The CalDAV server&apos;s URL.</source>
        <extracomment>sunrelay-cli publish --help: the --server option</extracomment>
        <translation>CalDAV サーバーの URL。</translation>
    </message>
    <message>
        <source>Publish this member&apos;s calendar.</source>
        <extracomment>sunrelay-cli publish --help: the --member option</extracomment>
        <translation>このメンバーのカレンダーを公開します。</translation>
    </message>
    <message>
        <source>Publish this region&apos;s calendar and its members&apos;.</source>
        <translation>この地域とそのメンバーのカレンダーを公開します。</translation>
    </message>
    <message>
        <source>Publish every member&apos;s and region&apos;s calendar and all handoffs (the default).</source>
        <translation>すべてのメンバーと地域のカレンダー、およびすべての引き継ぎを公開します (既定)。</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <extracomment>sunrelay-cli publish --help: the PLAN argument</extracomment>
        <translation>プランファイル。</translation>
    </message>
    <message>
        <source>The member&apos;s id.</source>
        <extracomment>sunrelay-cli import-busy --help: the --member option, the id of the member whose busy time is imported (e.g. &quot;anna&quot;)</extracomment>
        <translation>メンバーの ID。</translation>
    </message>
    <message>
        <source>The URL of the member&apos;s own calendar on a CalDAV server.</source>
        <translation>CalDAV サーバー上にあるメンバー自身のカレンダーの URL。</translation>
    </message>
    <message>
        <source>Count all-day events as busy.</source>
        <translation>終日イベントも予定ありとして扱います。</translation>
    </message>
    <message>
        <source>--member ID is required</source>
        <extracomment>sunrelay-cli import-busy error: the --member option is missing (option and ID stay in English)</extracomment>
        <translation>--member ID が必要です</translation>
    </message>
    <message>
        <source>imported calendars are kept in plan files (.sunrelay) only, not in plan JSON</source>
        <translation>インポートしたカレンダーはプランファイル (.sunrelay) にのみ保存され、プラン JSON には保存されません</translation>
    </message>
    <message>
        <source>no member &quot;%1&quot;</source>
        <extracomment>sunrelay-cli import-busy error: %1 is the --member id the plan has no member for</extracomment>
        <translation>メンバー「%1」はありません</translation>
    </message>
    <message>
        <source>%1: %2 busy times for %3 from %4
</source>
        <extracomment>sunrelay-cli after reading busy times: %1 plan, %2 count, %3 member, %4 calendar URL</extracomment>
        <translation>%1: %4 から %3 の予定あり時間を %2 件読み込みました
</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date up to 2037 (YYYY-MM-DD)</source>
        <translation>--%1: 「%2」は 2037 年までの有効な日付 (YYYY-MM-DD) ではありません</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <extracomment>sunrelay-cli publish --help: the -h/--help option, which prints this command&apos;s help</extracomment>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>any components</source>
        <extracomment>--list-calendars: the server does not say which components a calendar holds</extracomment>
        <translation>任意のコンポーネント</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s). Map one in a --calendars file with a line such as: member:ID = URL
</source>
        <extracomment>--list-calendars: the last line</extracomment>
        <translation>
            <numerusform>%n 個のカレンダー。--calendars ファイルで対応付けるには、次のような行を書きます: member:ID = URL
</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish into the existing calendars this file maps (lines KEY = URL, KEY member:ID, region:ID or handoffs) instead of creating them.</source>
        <translation>カレンダーを作成せず、このファイルで対応付けた既存のカレンダーに公開します (各行は KEY = URL、KEY は member:ID、region:ID、handoffs のいずれか)。</translation>
    </message>
    <message>
        <source>List the account&apos;s calendars on the server, and publish nothing.</source>
        <translation>サーバー上のアカウントのカレンダーを一覧表示し、何も公開しません。</translation>
    </message>
    <message>
        <source>%1	&quot;%2&quot;	%3
</source>
        <extracomment>--list-calendars, one calendar a line: %1 its URL, %2 its display name, %3 the components it holds (&quot;VEVENT, VTODO&quot;); keep the tabs</extracomment>
        <translation>%1	&quot;%2&quot;	%3
</translation>
    </message>
    <message>
        <source>%1	&quot;%2&quot;	%3 (holds no events: cannot be mapped)
</source>
        <extracomment>--list-calendars, a calendar that holds no events (e.g. only tasks), so a --calendars file cannot map the plan&apos;s calendars to it: %1 its URL, %2 its display name, %3 the components it holds (&quot;VTODO&quot;); keep the tabs</extracomment>
        <translation>%1	&quot;%2&quot;	%3 (イベントを保存できないため対応付けできません)
</translation>
    </message>
    <message numerus="yes">
        <source>expected at most %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got more arguments than it takes</extracomment>
        <translation>
            <numerusform>引数は最大 %n 個です</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Replace File</source>
        <extracomment>Title of the box asking whether to overwrite an existing file</extracomment>
        <translation>ファイルの置き換え</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 はすでに存在します。置き換えますか?</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Handoff %1: %2, %3 → %4</source>
        <extracomment>A task&apos;s handoff in the text report: %1 its number along the route, %2 the date and time, %3 the region handing off, %4 the one taking over</extracomment>
        <translation>引き継ぎ %1: %2、%3 → %4</translation>
    </message>
    <message>
        <source>%1 · %2 · times in %3
</source>
        <extracomment>CLI schedule report, first line: %1 plan name, %2 the dates covered, %3 the IANA zone of the times</extracomment>
        <translation>%1 · %2 · 時刻は %3
</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>Heading of the report&apos;s coverage table (how much of the window each region works)</extracomment>
        <translation>カバー時間</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>CLI report table cell: a number of hours, e.g. &quot;7.5 h&quot;</extracomment>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage: &quot;42 %&quot;; space it as your language does (French: a no-break space before %)</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Handoffs (%1)</source>
        <extracomment>CLI report section heading; %1 is the number of handoffs</extracomment>
        <translation>引き継ぎ (%1)</translation>
    </message>
    <message>
        <source>At (%1)</source>
        <extracomment>CLI report, handoffs table, column header: when the handoff happens; %1 is the IANA zone of the times, e.g. &quot;Europe/Berlin&quot;</extracomment>
        <translation>時刻 (%1)</translation>
    </message>
    <message>
        <source>From → to</source>
        <extracomment>Column header: the region that hands off → the region that picks up</extracomment>
        <translation>送り元 → 送り先</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: whether a handoff is an overlap or a gap handoff</extracomment>
        <translation>種類</translation>
    </message>
    <message>
        <source>Sender&apos;s local time</source>
        <extracomment>Column header: the handoff&apos;s time on the clock of a sending member, with the zone: &quot;17:30 CET Europe/Berlin&quot;</extracomment>
        <translation>送り手の現地時刻</translation>
    </message>
    <message>
        <source>Receiver&apos;s local time</source>
        <extracomment>Column header: the pickup&apos;s time on the clock of a receiving member, with the zone: &quot;12:30 EDT America/New_York&quot;</extracomment>
        <translation>受け手の現地時刻</translation>
    </message>
    <message>
        <source>Overlap / wait</source>
        <extracomment>Column header: how long both regions worked together (overlap handoff) or how long the work waited (gap handoff)</extracomment>
        <translation>重なり / 待ち時間</translation>
    </message>
    <message>
        <source>Sync slot</source>
        <extracomment>Column header: the handoff&apos;s sync slot, a short window for a live call between both sides</extracomment>
        <translation>同期枠</translation>
    </message>
    <message>
        <source>overlap</source>
        <extracomment>CLI report, handoffs table, Kind column: an overlap handoff, the receiver already works when the sender stops (noun)</extracomment>
        <translation>重なり</translation>
    </message>
    <message>
        <source>gap</source>
        <extracomment>CLI report, handoffs table, Kind column: a gap handoff, nobody works when the sender stops (noun, as in &quot;gap handoff&quot;)</extracomment>
        <translation>空白</translation>
    </message>
    <message>
        <source>%1 overlap</source>
        <extracomment>CLI report, Overlap / wait column: %1 is how long both regions worked together, e.g. &quot;2 h 30 min&quot;</extracomment>
        <translation>重なり %1</translation>
    </message>
    <message>
        <source>%1 wait</source>
        <extracomment>CLI report, Overlap / wait column: %1 is how long the work waited for the receiver, e.g. &quot;11 h&quot;</extracomment>
        <translation>待ち時間 %1</translation>
    </message>
    <message>
        <source>none (async)</source>
        <extracomment>CLI report, Sync slot column: an overlap handoff with no sync slot; the work is passed on in writing only (asynchronously)</extracomment>
        <translation>なし (非同期)</translation>
    </message>
    <message>
        <source>Gaps (%1)</source>
        <extracomment>CLI report section heading; %1 is the number of coverage gaps</extracomment>
        <translation>空白 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n placed task(s) · times in %2
</source>
        <translation>
            <numerusform>%1 · 配置済みタスク %n 件 · 時刻は %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n placed task(s), %2 of them on these dates · times in %3
</source>
        <translation>
            <numerusform>%1 · 配置済みタスク %n 件、うちこの期間に %2 件 · 時刻は %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  (priority %3, %4)</source>
        <extracomment>CLI route report, task heading: %1 task id, %2 title, %3 priority, %4 effort, e.g. &quot;6 h&quot;</extracomment>
        <translation>%1  %2  (優先度 %3、%4)</translation>
    </message>
    <message>
        <source>Planned start</source>
        <extracomment>CLI route report, row heading: when the task is planned to start</extracomment>
        <translation>予定開始</translation>
    </message>
    <message>
        <source>not picked up within the horizon</source>
        <translation>計算範囲内に受け取られません</translation>
    </message>
    <message>
        <source>after a wait of %1</source>
        <translation>%1待った後</translation>
    </message>
    <message>
        <source>First pickup</source>
        <extracomment>CLI route report, row heading: when the next region first picks the task up</extracomment>
        <translation>最初の受け取り</translation>
    </message>
    <message>
        <source>not finished within the horizon</source>
        <translation>計算範囲内に終了しません</translation>
    </message>
    <message>
        <source>(%1 sooner than one region alone)</source>
        <translation>(単一地域より %1早い)</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Row label: when a task is done (date and time)</extracomment>
        <translation>終了</translation>
    </message>
    <message>
        <source>not within a year of the start</source>
        <translation>開始から 1 年以内に終了しません</translation>
    </message>
    <message>
        <source>(sooner: tasks served first held members it needed)</source>
        <translation>(早い: 先に処理されたタスクが必要なメンバーを占有していました)</translation>
    </message>
    <message>
        <source>One region alone</source>
        <extracomment>CLI route report, row heading: how long the task would take in one region without handoffs</extracomment>
        <translation>単一地域のみ</translation>
    </message>
    <message>
        <source>%1 · conflicts: %2 · times in %3
</source>
        <extracomment>Heading of the conflicts report: plan name, number of conflicts, the zone of the times</extracomment>
        <translation>%1 · 競合: %2 · 時刻は %3
</translation>
    </message>
</context>
<context>
    <name>RouteText</name>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of clock times on one day: &quot;09:00–12:00&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <extracomment>A span of clock times ending on another day: &quot;22:00–Tue 02:00&quot;</extracomment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>%1 · %2 %3 %4 · %5 %6</source>
        <extracomment>One leg of a task&apos;s route: member · day, span and city in the member&apos;s zone · span and city in the reference zone: &quot;Ana · Mon 09:00–12:00 Berlin · 08:00–11:00 UTC&quot;</extracomment>
        <translation>%1 · %2 %3 %4 · %5 %6</translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <extracomment>Task route, handoff line: %1 region handing off, %2 region taking over, %3 date and time</extracomment>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source>%1 stops %2 %3</source>
        <extracomment>Task route: %1 is the member handing over, %2 the clock time, %3 the city of their zone</extracomment>
        <translation>%1 が %2 (%3) に終了</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A day and a clock time: &quot;Tue 09:00&quot;
----------
A task&apos;s id and title: &quot;T-1 Release notes&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sync slot %1 %2 · %3 %4</source>
        <extracomment>Task route: the live meeting; %1 and %3 its times in two zones, %2 and %4 those zones&apos; cities</extracomment>
        <translation>同期枠 %1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>Async only: no time both sides can meet; leave a written note</source>
        <translation>非同期のみ: 双方が会える時間がありません。書面のメモを残してください</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A task and a note on its handoff: &quot;T-1 Release notes — waits 2 h&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Passes on:</source>
        <extracomment>Task route: heading of the list of handoffs the task passes through</extracomment>
        <translation>引き渡す内容:</translation>
    </message>
    <message>
        <source>Not finished by %1, the end of the routing horizon.</source>
        <translation>ルーティングの計算範囲の終わり (%1) までに終了しません。</translation>
    </message>
    <message>
        <source>Finishes %1; %2 alone would not finish within a year.</source>
        <translation>%1 に終了します。%2 だけでは 1 年以内に終了しません。</translation>
    </message>
    <message>
        <source>Finishes %1: follow-the-sun finishes %2 sooner than %3 alone (%4).</source>
        <translation>%1 に終了します: フォロー・ザ・サンにより、%3 だけの場合より %2早く終了します (%4)。</translation>
    </message>
    <message>
        <source>Finishes %1. %2 alone would finish %3 sooner (%4): tasks served first held members this one needed.</source>
        <translation>%1 に終了します。%2 だけなら %3早く終了します (%4): 先に処理されたタスクが、このタスクに必要なメンバーを占有していました。</translation>
    </message>
    <message>
        <source>Finishes %1, as %2 alone would.</source>
        <translation>%1 に終了します。%2 だけの場合と同じです。</translation>
    </message>
    <message>
        <source>%1 stops %2 %3; %4 picks up %5 %6</source>
        <extracomment>Task route: %1 stops at %2 (clock time) in %3 (city); %4 picks up at %5 (a clock time, or a day and a clock time) in %6 (city): &quot;Ana stops 17:00 Berlin; Raj picks up 21:30 Bengaluru&quot;</extracomment>
        <translation>%1 が %2 (%3) に終了、%4 が %5 (%6) に受け取り</translation>
    </message>
    <message>
        <source>%1 stops %2 %3; %4 picks up %5 %6 (waits %7)</source>
        <extracomment>Task route: as &quot;%1 stops %2 %3; %4 picks up %5 %6&quot;, when the task waits in between; %7 is how long it waits (&quot;2 h 30 min&quot;)</extracomment>
        <translation>%1 が %2 (%3) に終了、%4 が %5 (%6) に受け取り (%7待ち)</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>%1 min</source>
        <extracomment>A task&apos;s effort under an hour, e.g. &quot;45 min&quot;</extracomment>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A task&apos;s effort in whole hours, e.g. &quot;3 h&quot;</extracomment>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A task&apos;s effort in hours and minutes, e.g. &quot;1 h 30 min&quot;</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Backlog</source>
        <extracomment>Where an unplaced task is: in the backlog, not on the timeline</extracomment>
        <translation>バックログ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Where a placed task starts: region · day and time: &quot;EMEA · Mon 9 Mar, 09:00 Berlin&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A weekday and a clock time: &quot;Mon 09:00&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Move %1 to %2 at %3</source>
        <extracomment>Undo history entry: %1 task id, %2 region, %3 its new start, e.g. &quot;Mon 09:00&quot;</extracomment>
        <translation>%1 を %2 の %3 に移動</translation>
    </message>
    <message>
        <source>Place %1 in %2 at %3</source>
        <extracomment>Undo history entry: %1 task id, %2 region, %3 its start, e.g. &quot;Mon 09:00&quot;</extracomment>
        <translation>%1 を %2 の %3 に配置</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the task starts at %4.</source>
        <extracomment>The task&apos;s start typed in a DST gap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 the time the start moves to.</extracomment>
        <translation>%3 では %2 に %1 は存在しません。タスクの開始は %4 になります。</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the deadline is at %4.</source>
        <extracomment>The deadline typed in a DST gap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 the time the deadline moves to.</extracomment>
        <translation>%3 では %2 に %1 は存在しません。期限は %4 になります。</translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: the task starts at the first, %4 %5 (%6 UTC).</source>
        <extracomment>The task&apos;s start typed in a DST overlap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 %5 the first of the two times with its zone abbreviation, %6 the same in UTC.</extracomment>
        <translation>%3 では %2 に %1 が 2 回あります。タスクの開始は 1 回目の %4 %5 (%6 UTC) になります。</translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: the deadline is at the first, %4 %5 (%6 UTC).</source>
        <extracomment>The deadline typed in a DST overlap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 %5 the first of the two times with its zone abbreviation, %6 the same in UTC.</extracomment>
        <translation>%3 では %2 に %1 が 2 回あります。期限は 1 回目の %4 %5 (%6 UTC) になります。</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1, %2 %3</source>
        <extracomment>A day, a clock time and a city: &quot;Mon 9 Mar, 09:00 Berlin&quot;</extracomment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes: &quot;45 min&quot;</extracomment>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration in days and hours: &quot;2 d 1 h&quot;</extracomment>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>A duration in whole days: &quot;3 d&quot;</extracomment>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A duration in whole hours: &quot;3 h&quot;</extracomment>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes: &quot;2 h 30 min&quot;</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes: &quot;45 min&quot;</extracomment>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A duration in whole hours: &quot;3 h&quot;</extracomment>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes: &quot;2 h 30 min&quot;</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>Sunrelay — %1, %2–%3 (%4)</source>
        <extracomment>Title of an exported picture: %1 plan name, %2 first date, %3 last date, %4 IANA zone</extracomment>
        <translation>Sunrelay — %1、%2–%3 (%4)</translation>
    </message>
    <message>
        <source>the width %1 px is outside %2–%3 px</source>
        <translation>幅 %1 px は %2–%3 px の範囲外です</translation>
    </message>
    <message>
        <source>The world timeline exported by Sunrelay: regions, members, handoffs and placed tasks.</source>
        <translation>Sunrelay からエクスポートしたワールドタイムライン: 地域、メンバー、引き継ぎ、配置済みタスク。</translation>
    </message>
</context>
<context>
    <name>ViewExportCommand</name>
    <message>
        <source>sunrelay: %1</source>
        <extracomment>Error printed by sunrelay --export-view; %1 is the problem</extracomment>
        <translation>sunrelay: %1</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: 「%2」は日付 (YYYY-MM-DD) ではありません</translation>
    </message>
    <message>
        <source>--%1: dates after 2037 are not supported</source>
        <translation>--%1: 2037 年より後の日付には対応していません</translation>
    </message>
    <message>
        <source>--width: &quot;%1&quot; is not a whole number of pixels</source>
        <translation>--width: 「%1」はピクセル数を表す整数ではありません</translation>
    </message>
    <message>
        <source>--width: %1 px is outside %2–%3 px</source>
        <translation>--width: %1 px は %2–%3 px の範囲外です</translation>
    </message>
    <message>
        <source>--export-view needs a file name ending in %1</source>
        <translation>--export-view には末尾が %1 のファイル名が必要です</translation>
    </message>
    <message>
        <source>--export-view %1: unknown picture type; the name must end in %2</source>
        <translation>--export-view %1: 不明な画像形式です。名前の末尾は %2 にしてください</translation>
    </message>
    <message>
        <source>--export-view %1: there is no folder %2</source>
        <translation>--export-view %1: フォルダー %2 がありません</translation>
    </message>
    <message>
        <source>--export-view %1: that is a folder</source>
        <translation>--export-view %1: これはフォルダーです</translation>
    </message>
    <message>
        <source>--export-view needs the plan to draw (a .sunrelay file or plan JSON)</source>
        <translation>--export-view には描画するプラン (.sunrelay ファイルまたはプラン JSON) が必要です</translation>
    </message>
    <message>
        <source>--export-view needs --from and --to (YYYY-MM-DD)</source>
        <translation>--export-view には --from と --to (YYYY-MM-DD) が必要です</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 が --from %2 より前です</translation>
    </message>
    <message>
        <source>--zone: unknown time zone &quot;%1&quot; (an IANA name such as Europe/Berlin)</source>
        <translation>--zone: 不明なタイムゾーン「%1」(Europe/Berlin のような IANA 名を指定してください)</translation>
    </message>
    <message>
        <source>--from %1 --to %2: %3 days in %4; a picture shows at most 4 weeks</source>
        <translation>--from %1 --to %2: %4 では %3 日間です。画像に表示できるのは最大 4 週間です</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for %1: %2</source>
        <translation>%1 用の一時フォルダーを作成できません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A plan file and why a working copy of it cannot be made</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Write a picture of the plan&apos;s timeline to FILE (.png, .svg or .pdf) and quit, showing no window. Needs --from, --to and the plan.</source>
        <translation>プランのタイムラインの画像を FILE (.png、.svg、.pdf) に書き出し、ウィンドウを表示せずに終了します。--from、--to とプランが必要です。</translation>
    </message>
    <message>
        <source>With --export-view: the first day shown, from 00:00 in --zone.</source>
        <translation>--export-view と併用: 表示する最初の日。--zone の 00:00 から。</translation>
    </message>
    <message>
        <source>With --export-view: the last day shown, to its end (inclusive).</source>
        <translation>--export-view と併用: 表示する最後の日。その日の終わりまで (この日を含む)。</translation>
    </message>
    <message>
        <source>With --export-view: the IANA time zone of the axis and of the dates (default UTC).</source>
        <translation>--export-view と併用: 時間軸と日付の IANA タイムゾーン (既定: UTC)。</translation>
    </message>
    <message>
        <source>With --export-view: the picture&apos;s width in pixels, %1 to %2 (default %3); its height fits all rows.</source>
        <translation>--export-view と併用: 画像の幅 (ピクセル)、%1 ～ %2 (既定: %3)。高さはすべての行が収まるように決まります。</translation>
    </message>
    <message>
        <source>--%1 goes with --export-view</source>
        <extracomment>Command-line error: option --%1 is only allowed with --export-view (option names stay in English)</extracomment>
        <translation>--%1 は --export-view と一緒に指定してください</translation>
    </message>
    <message numerus="yes">
        <source>--export-view draws one plan, not %n: %1</source>
        <extracomment>%n is how many plans were named (2 or more), %1 the plans</extracomment>
        <translation>
            <numerusform>--export-view で描画できるプランは 1 つだけです (%n 個指定されました): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekExportCommand</name>
    <message>
        <source>sunrelay: %1</source>
        <extracomment>Error printed by sunrelay --export-week; %1 is the problem</extracomment>
        <translation>sunrelay: %1</translation>
    </message>
    <message>
        <source>--export-week needs a member id</source>
        <translation>--export-week にはメンバー ID が必要です</translation>
    </message>
    <message>
        <source>--export-week needs --week DATE (YYYY-MM-DD)</source>
        <translation>--export-week には --week DATE (YYYY-MM-DD) が必要です</translation>
    </message>
    <message>
        <source>--week: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--week: 「%1」は日付 (YYYY-MM-DD) ではありません</translation>
    </message>
    <message>
        <source>--week: dates after 2037 are not supported</source>
        <translation>--week: 2037 年より後の日付には対応していません</translation>
    </message>
    <message>
        <source>--export-week needs the picture to write and the plan (FILE.png|svg|pdf PLAN); got: %1</source>
        <translation>--export-week には書き出す画像とプラン (FILE.png|svg|pdf PLAN) が必要です。指定された引数: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>Stands for no arguments at all in &quot;--export-week needs the picture to write and the plan (FILE.png|svg|pdf PLAN); got: %1&quot;</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1: unknown picture type; the name must end in %2</source>
        <translation>%1: 不明な画像形式です。名前の末尾は %2 にしてください</translation>
    </message>
    <message>
        <source>%1: there is no folder %2</source>
        <translation>%1: フォルダー %2 がありません</translation>
    </message>
    <message>
        <source>%1: that is a folder</source>
        <translation>%1: これはフォルダーです</translation>
    </message>
    <message>
        <source>%1, … (%2 in all)</source>
        <extracomment>The first few member ids of a plan, then how many members it has in all: &quot;anna, raj, mei, … (40 in all)&quot;</extracomment>
        <translation>%1、… (全 %2)</translation>
    </message>
    <message>
        <source>--export-week: %1 has no members</source>
        <translation>--export-week: %1 にはメンバーがいません</translation>
    </message>
    <message>
        <source>--export-week: no member &quot;%1&quot; in %2; its members are %3</source>
        <translation>--export-week: %2 にメンバー「%1」はいません。メンバーは %3 です</translation>
    </message>
    <message>
        <source>Write MEMBER&apos;s week (My Week) to a picture and quit, showing no window: sunrelay --export-week MEMBER --week DATE FILE.png|svg|pdf PLAN.</source>
        <translation>MEMBER の週 (マイウィーク) を画像に書き出し、ウィンドウを表示せずに終了します: sunrelay --export-week MEMBER --week DATE FILE.png|svg|pdf PLAN。</translation>
    </message>
    <message>
        <source>With --export-week: a date (YYYY-MM-DD) of the week to show, in the member&apos;s own time zone.</source>
        <translation>--export-week と併用: 表示する週の日付 (YYYY-MM-DD)。メンバー自身のタイムゾーンで指定します。</translation>
    </message>
    <message>
        <source>--export-week and --export-view: one picture at a time</source>
        <translation>--export-week と --export-view: 一度に書き出せる画像は 1 つです</translation>
    </message>
    <message>
        <source>--week goes with --export-week</source>
        <extracomment>Command-line error: --week is only allowed with --export-week (option names stay in English)</extracomment>
        <translation>--week は --export-week と一緒に指定してください</translation>
    </message>
</context>
<context>
    <name>WeekPicture</name>
    <message>
        <source>One member&apos;s week exported by Sunrelay, in their own local time.</source>
        <translation>Sunrelay からエクスポートした 1 人のメンバーの週。本人の現地時刻で表示。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plans work that follows the sun across time zones.</source>
        <translation>タイムゾーンをまたいでフォロー・ザ・サン型で作業を計画します。</translation>
    </message>
    <message>
        <source>A plan file or plan JSON to open.</source>
        <translation>開くプランファイルまたはプラン JSON。</translation>
    </message>
    <message>
        <source>sunrelay: out of memory</source>
        <extracomment>Printed on the terminal when Sunrelay runs out of memory and stops</extracomment>
        <translation>sunrelay: メモリが不足しています</translation>
    </message>
    <message>
        <source>sunrelay: internal error: %1</source>
        <extracomment>Printed on the terminal when Sunrelay stops on a bug; %1 is the technical message (English)</extracomment>
        <translation>sunrelay: 内部エラー: %1</translation>
    </message>
    <message>
        <source>sunrelay: internal error</source>
        <extracomment>Printed on the terminal when Sunrelay stops on a bug with no message</extracomment>
        <translation>sunrelay: 内部エラー</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::AboutDialog</name>
    <message>
        <source>About Sunrelay</source>
        <extracomment>Title of the About dialog (Help menu)</extracomment>
        <translation>Sunrelay について</translation>
    </message>
    <message>
        <source>Sunrelay %1</source>
        <extracomment>The heading of Help &gt; About; %1 is the version (&quot;0.1.0&quot;).</extracomment>
        <translation>Sunrelay %1</translation>
    </message>
    <message>
        <source>Plans work that follows the sun across time zones.</source>
        <translation>タイムゾーンをまたいでフォロー・ザ・サン型で作業を計画します。</translation>
    </message>
    <message>
        <source>Homepage</source>
        <extracomment>Help &gt; About: the accessible name of the homepage link.</extracomment>
        <translation>ホームページ</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>Help &gt; About, the list of libraries: &quot;Qt:&quot;, &quot;SQLite:&quot;, &quot;tz database:&quot;.</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <extracomment>About dialog button: copies the versions of Sunrelay and its libraries to the clipboard</extracomment>
        <translation>バージョンをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Built with</source>
        <extracomment>Help &gt; About: above the list of library versions.</extracomment>
        <translation>使用しているライブラリ</translation>
    </message>
    <message>
        <source>Free software under the %1 licence.</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, &quot;MIT&quot; (also its name).</extracomment>
        <translation>%1 ライセンスのフリーソフトウェアです。</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::BacklogPanel</name>
    <message>
        <source>No tasks yet. Add one with Add task…</source>
        <translation>タスクはまだありません。「タスクを追加…」で追加してください</translation>
    </message>
    <message>
        <source>No task matches the filter.</source>
        <translation>フィルターに一致するタスクはありません。</translation>
    </message>
    <message>
        <source>Filter by title, ID or notes</source>
        <translation>タイトル、ID、メモで絞り込み</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <extracomment>Accessible name of the filter field above the Backlog panel&apos;s task table</extracomment>
        <translation>タスクを絞り込み</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Screen-reader name of the filter: which tasks the list shows</extracomment>
        <translation>表示</translation>
    </message>
    <message>
        <source>All tasks</source>
        <extracomment>Backlog panel, status choice: show every task, placed or not</extracomment>
        <translation>すべてのタスク</translation>
    </message>
    <message>
        <source>Backlog</source>
        <extracomment>Filter: tasks not on the timeline yet</extracomment>
        <translation>バックログ</translation>
    </message>
    <message>
        <source>Placed</source>
        <extracomment>Filter: tasks placed on the timeline</extracomment>
        <translation>配置済み</translation>
    </message>
    <message>
        <source>Late</source>
        <extracomment>Filter: tasks that finish after their deadline</extracomment>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Late: placed tasks that finish after their deadline</source>
        <translation>遅延: 期限より後に終了する配置済みタスク</translation>
    </message>
    <message>
        <source>Add task…</source>
        <extracomment>Tooltip of a tool button in the Backlog panel: opens the dialog that adds a task</extracomment>
        <translation>タスクを追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>Tooltip of a tool button in the Backlog panel: edits the selected task</extracomment>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Context menu: delete the chosen task</extracomment>
        <translation>削除</translation>
    </message>
    <message>
        <source>Place at…</source>
        <extracomment>Tooltip of a tool button in the Backlog panel: places the selected task on the timeline</extracomment>
        <translation>日時を指定して配置…</translation>
    </message>
    <message>
        <source>Unplace</source>
        <extracomment>Button: take the task off the timeline, back into the backlog</extracomment>
        <translation>配置を解除</translation>
    </message>
    <message>
        <source>Back to the backlog: the task loses its start and region</source>
        <translation>バックログに戻す: タスクの開始日時と地域が解除されます</translation>
    </message>
    <message>
        <source>Tasks</source>
        <extracomment>Accessible name of the Backlog panel&apos;s task table</extracomment>
        <translation>タスク</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarExportDialog</name>
    <message>
        <source>&amp;Handoffs</source>
        <extracomment>Export Calendar dialog, Include check box: the handoff events</extracomment>
        <translation>引き継ぎ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Deep-work blocks</source>
        <extracomment>Export Calendar dialog, Include check box: members&apos; protected deep-work (focus) blocks</extracomment>
        <translation>ディープワーク枠(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Comms windows</source>
        <extracomment>Export Calendar dialog, Include check box: fixed times for messages and calls</extracomment>
        <translation>連絡時間帯(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Task segments</source>
        <extracomment>Export Calendar dialog, Include check box: the parts of tasks worked in each region</extracomment>
        <translation>タスク区間(&amp;T)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <extracomment>Title of the file dialog behind the Export Calendar dialog&apos;s File field</extracomment>
        <translation>カレンダーをエクスポート</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <extracomment>File type filter of the Export Calendar dialog&apos;s file dialog; keep &quot;(*.ics)&quot;</extracomment>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <extracomment>Title of the Export Calendar dialog (File &gt; Export Calendar…, My week&apos;s export button)</extracomment>
        <translation>カレンダーのエクスポート</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <extracomment>Export choice: the calendar of the whole plan (every region and member)</extracomment>
        <translation>プラン全体</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Export choice: the calendar of a whole region (not one member)</extracomment>
        <translation>地域</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Export choice: the calendar of one member</extracomment>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Region or member</source>
        <extracomment>Accessible name of the Export Calendar dialog&apos;s list of which region or member to export</extracomment>
        <translation>地域またはメンバー</translation>
    </message>
    <message>
        <source>One event per handoff of the scope&apos;s regions, with the tasks passed and their notes.</source>
        <translation>対象地域の引き継ぎごとに 1 件のイベント。引き渡すタスクとそのメモを含みます。</translation>
    </message>
    <message>
        <source>Protected deep-work blocks as weekly busy events.</source>
        <translation>保護されたディープワーク枠を毎週の予定ありイベントとして。</translation>
    </message>
    <message>
        <source>Comms windows as weekly free events.</source>
        <translation>連絡時間帯を毎週の空き時間イベントとして。</translation>
    </message>
    <message>
        <source>One event for each stretch of a task a member works, with its route.</source>
        <translation>メンバーがタスクを担当するひと続きの時間ごとに 1 件のイベント。経路を含みます。</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <extracomment>Form label in the Export Calendar dialog: whose calendar to export</extracomment>
        <translation>エクスポート対象(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <extracomment>Form label in the Export Calendar dialog: the range of dates to export</extracomment>
        <translation>期間(&amp;D):</translation>
    </message>
    <message>
        <source>Include:</source>
        <extracomment>Label before check boxes: what the exported calendar holds</extracomment>
        <translation>含める内容:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <extracomment>Form label in the Export Calendar dialog: the .ics file to write</extracomment>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <extracomment>OK button of the Export Calendar dialog: writes the .ics file</extracomment>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member and their region in the list of whose calendar to export: &quot;Ana Lima (AMER)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>calendar</source>
        <extracomment>Default file name (without .ics) of an exported calendar</extracomment>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>The plan has no region to export.</source>
        <translation>プランにエクスポートできる地域がありません。</translation>
    </message>
    <message>
        <source>The plan has no member to export.</source>
        <translation>プランにエクスポートできるメンバーがいません。</translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation>終了日 (%1) が開始日 (%2) より前です。</translation>
    </message>
    <message>
        <source>Choose at least one thing to include.</source>
        <translation>含める内容を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>エクスポート先のファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarImportDialog</name>
    <message>
        <source>Reading the calendar</source>
        <extracomment>Accessible name of the busy indicator while an iCalendar file is read</extracomment>
        <translation>カレンダーを読み込み中</translation>
    </message>
    <message>
        <source>Import Busy Time</source>
        <extracomment>Title of the calendar import dialog for a member&apos;s busy times (File &gt; Import Busy Time…)</extracomment>
        <translation>予定あり時間のインポート</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <extracomment>Title of the calendar import dialog for a region&apos;s holidays (File &gt; Import Holidays…)</extracomment>
        <translation>祝日のインポート</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <extracomment>Form label in the calendar import dialog: the member whose busy time is imported</extracomment>
        <translation>メンバー(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <extracomment>Form label in the calendar import dialog: the region whose holidays are imported</extracomment>
        <translation>地域(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <extracomment>Form label in the calendar import dialog: the range of dates to import</extracomment>
        <translation>期間(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>OK button of the calendar import dialog</extracomment>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Calendar import dialog, while reading; %1 is the iCalendar file&apos;s name</extracomment>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation>終了日 (%1) が開始日 (%2) より前です。</translation>
    </message>
    <message>
        <source>The plan has no member.</source>
        <translation>プランにメンバーがいません。</translation>
    </message>
    <message>
        <source>The plan has no region.</source>
        <translation>プランに地域がありません。</translation>
    </message>
    <message>
        <source>Nothing was imported for %1 before.</source>
        <translation>%1 にはこれまでインポートしたものがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n busy time(s) from the last import.</source>
        <translation>
            <numerusform>前回インポートした予定あり時間 %n 件を置き換えます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n holiday(s) from the last import.</source>
        <translation>
            <numerusform>前回インポートした祝日 %n 件を置き換えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will change.</source>
        <extracomment>Calendar import dialog, under an error: the import would change nothing</extracomment>
        <translation>何も変更されません。</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column headers of the preview of imported events: date, time span, event summary
----------
Column headers of the preview of imported holidays: date, holiday name</extracomment>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <extracomment>Column headers of the preview of imported busy times: date, local time in a zone (%1 is a city such as Tokyo), summary</extracomment>
        <translation>時刻 (%1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Column header of the preview of imported busy times: the event&apos;s title in the calendar (SUMMARY), a noun</extracomment>
        <translation>概要</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of clock times: &quot;09:00–10:30&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (ends %2)</source>
        <extracomment>Calendar import preview: a busy time ending on a later day; %1 is its times, %2 the end date</extracomment>
        <translation>%1 (終了 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) to import for %1.</source>
        <translation>
            <numerusform>%1 の予定あり時間 %n 件をインポートします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the preview of imported holidays: the holiday&apos;s name</extracomment>
        <translation>名前</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) to import for %1.</source>
        <translation>
            <numerusform>%1 の祝日 %n 件をインポートします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import busy time of %1</source>
        <extracomment>Undo history entry; %1 is the member whose busy times are imported</extracomment>
        <translation>%1 の予定あり時間をインポート</translation>
    </message>
    <message>
        <source>Import holidays of %1</source>
        <extracomment>Undo history entry; %1 is the region the holidays are imported into</extracomment>
        <translation>%1 の祝日をインポート</translation>
    </message>
    <message>
        <source>Import busy time</source>
        <extracomment>Title of the file dialog that picks an iCalendar file of busy times</extracomment>
        <translation>予定あり時間をインポート</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <extracomment>Title of the file dialog that picks an iCalendar file of holidays</extracomment>
        <translation>祝日をインポート</translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <extracomment>File type filters of the file dialog that picks an iCalendar file</extracomment>
        <translation>iCalendar (*.ics);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarMapDialog</name>
    <message>
        <source>Use Existing Calendars</source>
        <extracomment>Title of the dialog behind the Publish dialog&apos;s &quot;Use Existing Calendars…&quot; button</extracomment>
        <translation>既存のカレンダーを使用</translation>
    </message>
    <message>
        <source>Where the server does not let Sunrelay create calendars (an account without that right, or a server that forbids it), choose an existing calendar for each of the plan&apos;s calendars. Leave a calendar empty to let Sunrelay create it. Sunrelay changes only its own events in a calendar, never the others in it.</source>
        <translation>サーバーが Sunrelay にカレンダーの作成を許可しない場合 (その権限のないアカウントや、作成を禁止しているサーバー)、プランの各カレンダーに既存のカレンダーを選んでください。空欄のままにしたカレンダーは Sunrelay が作成します。Sunrelay はカレンダー内の自分のイベントだけを変更し、それ以外のイベントには手を触れません。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <extracomment>Column header: one of the calendars Sunrelay publishes (&quot;All handoffs&quot;, a region or a member)</extracomment>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Column header: the calendar&apos;s key in a calendar map file (&quot;handoffs&quot;, &quot;region:emea&quot;, &quot;member:anna&quot;); not a keyboard key</extracomment>
        <translation>キー</translation>
    </message>
    <message>
        <source>Existing calendar (URL; empty: create it)</source>
        <translation>既存のカレンダー (URL; 空欄なら作成)</translation>
    </message>
    <message>
        <source>Existing calendars</source>
        <extracomment>Accessible name of the table that maps each calendar to an existing one on the server</extracomment>
        <translation>既存のカレンダー</translation>
    </message>
    <message>
        <source>Existing calendar for %1</source>
        <extracomment>Accessible name of a field for the URL of an existing calendar on the server; %1 is the calendar Sunrelay publishes there: &quot;All handoffs&quot;, &quot;Region EMEA&quot; or a member&apos;s name</extracomment>
        <translation>%1 の既存のカレンダー</translation>
    </message>
    <message>
        <source>&amp;Find Calendars on the Server</source>
        <translation>サーバー上のカレンダーを検索(&amp;F)</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <extracomment>Status while the server is asked for the account&apos;s calendars (after &quot;Find Calendars on the Server&quot;)</extracomment>
        <translation>サーバーに問い合わせています…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A calendar offered in the drop-down; %1 its name, %2 its URL</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) for events found on the server.</source>
        <extracomment>After &quot;Find Calendars on the Server&quot;</extracomment>
        <translation>
            <numerusform>サーバー上にイベント用のカレンダーが %n 個見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>Status in Use Existing Calendars while stopping &quot;Find Calendars on the Server&quot;</extracomment>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <extracomment>Status in Use Existing Calendars after its Cancel stopped &quot;Find Calendars on the Server&quot;</extracomment>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsDock</name>
    <message>
        <source>Open a plan to see its conflicts.</source>
        <translation>プランを開くと競合が表示されます。</translation>
    </message>
    <message>
        <source>Show or hide the Conflicts dock</source>
        <translation>競合ドックの表示/非表示を切り替え</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsModel</name>
    <message>
        <source>Error</source>
        <extracomment>Severity of a conflict: must be fixed</extracomment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Severity of a conflict: should be looked at</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Severity of a conflict: for information only</extracomment>
        <translation>情報</translation>
    </message>
    <message>
        <source>%1, %2–%3 %4</source>
        <comment>day, start–end zone</comment>
        <extracomment>Conflicts table, when: %1 day, %2 start, %3 end, %4 zone abbreviation, e.g. &quot;Tue, 09:00–11:00 CET&quot;</extracomment>
        <translation>%1 %2–%3 %4</translation>
    </message>
    <message>
        <source>%1, %2 %3 – %4 %5</source>
        <comment>day, start zone – end zone</comment>
        <translation>%1 %2 %3 – %4 %5</translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4 %5</source>
        <comment>day, start – day, end zone</comment>
        <translation>%1 %2 – %3 %4 %5</translation>
    </message>
    <message>
        <source>%1, %2 %3 – %4, %5 %6</source>
        <comment>day, start zone – day, end zone</comment>
        <translation>%1 %2 %3 – %4 %5 %6</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Tooltip: a member&apos;s name and time zone id: &quot;Ana Lima · America/Sao_Paulo&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>In the reference zone (%1): %2</source>
        <translation>基準タイムゾーン (%1) では: %2</translation>
    </message>
    <message>
        <source>Whole team</source>
        <extracomment>Conflicts table, Member column: a coverage gap concerns the whole team, no one member</extracomment>
        <translation>チーム全体</translation>
    </message>
    <message>
        <source>Nobody in any region covers this time</source>
        <translation>どの地域もこの時間をカバーしていません</translation>
    </message>
    <message>
        <source>In the reference zone (%1)</source>
        <translation>基準タイムゾーン (%1)</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>Column header: how serious a conflict is (Error, Warning, Info)</extracomment>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Column header: the team member a conflict concerns</extracomment>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>In the member&apos;s own time zone</source>
        <extracomment>Tooltip of the Conflicts panel&apos;s &quot;Local time&quot; column header</extracomment>
        <translation>メンバー自身のタイムゾーン</translation>
    </message>
    <message>
        <source>Local time</source>
        <extracomment>Column header: when the conflict happens, in the member&apos;s own time zone</extracomment>
        <translation>現地時刻</translation>
    </message>
    <message>
        <source>Explanation</source>
        <extracomment>Column header: what the conflict is, in a sentence</extracomment>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsPanel</name>
    <message>
        <source>No conflicts in the next four weeks.</source>
        <translation>今後 4 週間に競合はありません。</translation>
    </message>
    <message>
        <source>No conflicts in the days shown.</source>
        <translation>表示中の期間に競合はありません。</translation>
    </message>
    <message>
        <source>No conflict matches the filter.</source>
        <translation>フィルターに一致する競合はありません。</translation>
    </message>
    <message>
        <source>Filter by member, time or text</source>
        <translation>メンバー、時刻、テキストで絞り込み</translation>
    </message>
    <message>
        <source>Filter conflicts</source>
        <extracomment>Accessible name of the filter field above the Conflicts panel&apos;s table</extracomment>
        <translation>競合を絞り込み</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>Accessible name of the Conflicts panel&apos;s choice of severity (error, warning…)</extracomment>
        <translation>重大度</translation>
    </message>
    <message>
        <source>All severities</source>
        <extracomment>Conflicts panel, severity choice: show every conflict</extracomment>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <source>Errors</source>
        <extracomment>Filter: show errors only</extracomment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warnings</source>
        <extracomment>Filter: show errors and warnings</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Filter: show every conflict, information too</extracomment>
        <translation>情報</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>Screen-reader name of the choice of how many days of conflicts to list</extracomment>
        <translation>期間</translation>
    </message>
    <message>
        <source>Visible days</source>
        <extracomment>Conflicts panel, days choice: only the days the timeline shows</extracomment>
        <translation>表示中の期間</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <extracomment>Conflicts panel, days choice: the four weeks from now</extracomment>
        <translation>今後 4 週間</translation>
    </message>
    <message>
        <source>Which days to search for conflicts: those the timeline shows, or four weeks from today</source>
        <translation>競合を探す期間: タイムラインに表示中の期間、または今日から 4 週間</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <extracomment>Accessible name of the Conflicts panel&apos;s table</extracomment>
        <translation>競合</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <extracomment>Title of the Conflicts panel; %1 is the number of conflicts (otherwise, next, without a number)</extracomment>
        <translation>競合 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <extracomment>Status bar: the number of conflicts in the plan</extracomment>
        <translation>
            <numerusform>競合 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <extracomment>Status bar: the plan has no conflicts</extracomment>
        <translation>競合なし</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsStatus</name>
    <message>
        <source>Show the Conflicts dock</source>
        <extracomment>Tooltip of the conflict count in the status bar</extracomment>
        <translation>競合ドックを表示</translation>
    </message>
    <message>
        <source>%1, the worst: %2</source>
        <extracomment>Accessible name of the status bar&apos;s conflict count; %1 is e.g. &quot;3 conflicts&quot;, %2 the worst severity</extracomment>
        <translation>%1、最も重大なもの: %2</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CoverageView</name>
    <message>
        <source>%1 h</source>
        <extracomment>Coverage page: a whole number of hours, e.g. &quot;3 h&quot;</extracomment>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Coverage page: hours and minutes, e.g. &quot;3 h 15 min&quot;</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Coverage per day (%1)</source>
        <extracomment>Title of the Coverage chart; %1 is the city of the time zone days are counted in</extracomment>
        <translation>1 日ごとのカバー時間 (%1)</translation>
    </message>
    <message>
        <source>Covered</source>
        <extracomment>Chart axis title: share of the day some region works, in percent</extracomment>
        <translation>カバー</translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>Chart axis title: hours (of gap, of task work)
----------
Chart axis title: hours of task work</extracomment>
        <translation>時間</translation>
    </message>
    <message>
        <source>Covered (% of the day)</source>
        <translation>カバー率 (1 日に対する %)</translation>
    </message>
    <message>
        <source>Gap hours</source>
        <extracomment>Coverage chart legend: the line of hours no one covers each day</extracomment>
        <translation>空白時間</translation>
    </message>
    <message>
        <source>Average pickup wait at gap handoffs (h)</source>
        <translation>空白後の引き継ぎでの平均受け取り待ち時間 (時間)</translation>
    </message>
    <message>
        <source>Task load per region (hours of routed task work)</source>
        <translation>地域ごとのタスク負荷 (ルーティングされたタスク作業の時間)</translation>
    </message>
    <message>
        <source>%1, %2: %3 of task work</source>
        <translation>%1、%2: タスク作業 %3</translation>
    </message>
    <message>
        <source>This week</source>
        <extracomment>Coverage page, Range choice: the current week</extracomment>
        <translation>今週</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <extracomment>Coverage page, Range choice: the four weeks from now</extracomment>
        <translation>今後 4 週間</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>Date range choice: the dates typed in From and To</extracomment>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <extracomment>Label of the Coverage page&apos;s choice of date range</extracomment>
        <translation>範囲(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <extracomment>First day of the date range shown</extracomment>
        <translation>開始(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <extracomment>Last day of the date range shown</extracomment>
        <translation>終了(&amp;T):</translation>
    </message>
    <message>
        <source>%1 – %2 in %3: covered %4 of %5, gaps %6</source>
        <translation>%1 – %2 (%3): カバー %4 / %5、空白 %6</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A region and its hours of task work: &quot;EMEA 12.5 h&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the regions&apos; task work in a list: &quot;EMEA 12.5 h, AMER 8 h&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2 day in %3)</source>
        <extracomment>Coverage day tooltip, first line: the date, then the length of that day in the chosen zone (23 h or 25 h on a DST change) and the zone&apos;s city: &quot;Sunday, 29 March 2026 (23 h day in Berlin)&quot;</extracomment>
        <translation>%1 (%3 で 1 日 %2)</translation>
    </message>
    <message>
        <source>Covered: %1 (%2)</source>
        <extracomment>Coverage day tooltip: hours someone covers; %1 is the hours, %2 the share in percent</extracomment>
        <translation>カバー: %1 (%2)</translation>
    </message>
    <message>
        <source>Gaps: %1</source>
        <extracomment>Coverage day tooltip: hours no one covers; %1 is the hours</extracomment>
        <translation>空白: %1</translation>
    </message>
    <message numerus="yes">
        <source>Average pickup wait: %1 at %n gap handoff(s)</source>
        <translation>
            <numerusform>平均受け取り待ち時間: %1 (空白後の引き継ぎ %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>No gap handoff</source>
        <extracomment>Coverage day tooltip: no handoff falls into a gap that day</extracomment>
        <translation>空白後の引き継ぎなし</translation>
    </message>
    <message>
        <source>%1 task work: %2</source>
        <extracomment>Coverage day tooltip: %1 is a region, %2 the hours of task work placed in it</extracomment>
        <translation>%1 のタスク作業: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, average pickup wait %2 at %n gap handoff(s)</source>
        <extracomment>Coverage page summary: %1 the summary so far (&quot;… covered 80% of 168 h, gaps 10 h&quot;), %2 how long work waits on average at the %n handoffs that fall into a gap</extracomment>
        <translation>
            <numerusform>%1、空白後の引き継ぎ %n 件の平均受け取り待ち時間 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, no gap handoffs</source>
        <extracomment>Coverage page summary: %1 the summary so far (&quot;… covered 80% of 168 h, gaps 10 h&quot;), and no handoff falls into a gap</extracomment>
        <translation>%1、空白後の引き継ぎなし</translation>
    </message>
    <message>
        <source>%1; task work: %2</source>
        <extracomment>Coverage page summary: %1 the summary so far, %2 each region&apos;s hours of task work: &quot;…, no gap handoffs; task work: EMEA 12.5 h, AMER 8 h&quot;</extracomment>
        <translation>%1。タスク作業: %2</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::DateRangeEdit</name>
    <message>
        <source>First date</source>
        <extracomment>Accessible name of an export dialog&apos;s first-date field</extracomment>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Last date</source>
        <extracomment>Accessible name of an export dialog&apos;s last-date field</extracomment>
        <translation>終了日</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between two dates: &quot;from [date] to [date]&quot;</extracomment>
        <translation>～</translation>
    </message>
    <message>
        <source>dates in %1</source>
        <extracomment>Beside an export dialog&apos;s dates: the zone they are read in; %1 is a zone id without a city, e.g. &quot;UTC&quot;</extracomment>
        <translation>%1 の日付</translation>
    </message>
    <message>
        <source>dates in %1 (%2)</source>
        <extracomment>Beside an export dialog&apos;s dates: the zone they are read in; %1 is a city, %2 its IANA zone: &quot;dates in Berlin (Europe/Berlin)&quot;</extracomment>
        <translation>%1 の日付 (%2)</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::DriftView</name>
    <message>
        <source>%1 → %2</source>
        <extracomment>DST Drift page: a handoff between two regions; %1 hands off, %2 takes over</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>into %1&apos;s deep work</source>
        <extracomment>DST Drift page: where a handoff moves after a clock change; %1 is a member&apos;s name</extracomment>
        <translation>%1 のディープワークに食い込む</translation>
    </message>
    <message>
        <source>before %1&apos;s working day</source>
        <extracomment>DST Drift page: where a handoff moves after a clock change; %1 is a member&apos;s name</extracomment>
        <translation>%1 の勤務開始前</translation>
    </message>
    <message>
        <source>after %1&apos;s working day</source>
        <extracomment>DST Drift page: where a handoff moves after a clock change; %1 is a member&apos;s name</extracomment>
        <translation>%1 の勤務終了後</translation>
    </message>
    <message>
        <source>Week of %1: %2 handoff moves to %3 in %4, %5</source>
        <translation>%1 の週: %2 の引き継ぎが %4 の %3 に移動、%5</translation>
    </message>
    <message>
        <source>Handoff time where it is picked up, week by week</source>
        <translation>受け取り側での引き継ぎ時刻 (週ごと)</translation>
    </message>
    <message>
        <source>Handoff time where it is handed off, week by week</source>
        <translation>引き渡し側での引き継ぎ時刻 (週ごと)</translation>
    </message>
    <message>
        <source>Moved by a DST change</source>
        <translation>夏時間の切り替えで移動</translation>
    </message>
    <message>
        <source>Into deep work or out of the working day</source>
        <translation>ディープワークに食い込む、または勤務時間外</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Chart axis title: the week (of the year) each point is in</extracomment>
        <translation>週</translation>
    </message>
    <message>
        <source>Local time of the receiver</source>
        <translation>受け手の現地時刻</translation>
    </message>
    <message>
        <source>Local time of the sender</source>
        <translation>送り手の現地時刻</translation>
    </message>
    <message>
        <source>No DST change moves a handoff into deep work or out of a working day in these twelve months.</source>
        <translation>今後 12 か月間、夏時間の切り替えで引き継ぎがディープワークに食い込んだり勤務時間外に出たりすることはありません。</translation>
    </message>
    <message>
        <source>Receiver&apos;s local time</source>
        <extracomment>DST Drift page, choice: draw handoff times in the receiving region&apos;s local time</extracomment>
        <translation>受け手の現地時刻</translation>
    </message>
    <message>
        <source>Sender&apos;s local time</source>
        <extracomment>DST Drift page, choice: draw handoff times in the handing-off region&apos;s local time</extracomment>
        <translation>送り手の現地時刻</translation>
    </message>
    <message>
        <source>Each week is shown by its Wednesday (UTC): the first handoff of each region pair that day, as the timeline computes it.</source>
        <translation>各週はその水曜日 (UTC) で表しています。その日の各地域ペアの最初の引き継ぎで、タイムラインと同じ方法で計算しています。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label before the choice of which handoffs the chart shows</extracomment>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Weeks to look at:</source>
        <extracomment>Heading of the DST Drift page&apos;s list of weeks worth a look (under the chart)</extracomment>
        <translation>対象の週:</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <extracomment>DST Drift point tooltip; %1 is the week&apos;s first date</extracomment>
        <translation>%1 の週</translation>
    </message>
    <message>
        <source>%1, overlap handoff</source>
        <extracomment>DST Drift point tooltip; %1 is a pair of regions like &quot;Berlin → Tokyo&quot;</extracomment>
        <translation>%1、重なりでの引き継ぎ</translation>
    </message>
    <message>
        <source>%1, gap handoff (waits %2)</source>
        <extracomment>DST Drift point tooltip; %1 is a pair of regions like &quot;Berlin → Tokyo&quot;, %2 how long the work waits in the gap (&quot;2 h 30 min&quot;)</extracomment>
        <translation>%1、空白後の引き継ぎ (%2待ち)</translation>
    </message>
    <message>
        <source>Handed off %1 %2 (%3)</source>
        <extracomment>DST Drift point tooltip: %1 the date and time in the sender&apos;s zone, %2 that zone&apos;s abbreviation, %3 the sending member: &quot;Handed off Fri 17:00 CET (Anna Schmidt)&quot;</extracomment>
        <translation>引き渡し %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Picked up %1 %2 (%3)</source>
        <extracomment>DST Drift point tooltip: %1 the date and time in the receiver&apos;s zone, %2 that zone&apos;s abbreviation, %3 the receiving member: &quot;Picked up Fri 11:00 EST (Nia Johnson)&quot;</extracomment>
        <translation>受け取り %1 %2 (%3)</translation>
    </message>
    <message>
        <source>sender %1</source>
        <extracomment>DST Drift point tooltip: how far the sender&apos;s clock moved; %1 is e.g. &quot;+1 h&quot;</extracomment>
        <translation>送り手 %1</translation>
    </message>
    <message>
        <source>receiver %1</source>
        <extracomment>DST Drift point tooltip: how far the receiver&apos;s clock moved; %1 is e.g. &quot;+1 h&quot;</extracomment>
        <translation>受け手 %1</translation>
    </message>
    <message>
        <source>Moved by a DST change since the week before: %1</source>
        <translation>前週から夏時間の切り替えで移動: %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the sides a DST change moved in a list: &quot;sender +1 h, receiver -1 h&quot;</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::GuideDialog</name>
    <message>
        <source>&lt;p&gt;A region &lt;b&gt;covers&lt;/b&gt; the times when at least one of its members works (time off and the region&apos;s holidays taken out). Where a stretch of a region&apos;s coverage ends, the work passes on: a &lt;b&gt;handoff&lt;/b&gt;. The region that stops is the &lt;b&gt;sender&lt;/b&gt;, the one that takes the work the &lt;b&gt;receiver&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;地域は、メンバーの少なくとも 1 人が勤務している時間を&lt;b&gt;カバー&lt;/b&gt;します (休暇と地域の祝日は除きます)。地域のカバー時間がひと区切り終わるところで、作業は次へ渡されます。これが&lt;b&gt;引き継ぎ&lt;/b&gt;です。作業を終える地域が&lt;b&gt;送り手&lt;/b&gt;、作業を受け取る地域が&lt;b&gt;受け手&lt;/b&gt;です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Overlap handoff&lt;/b&gt; (solid arrow): another region works at the moment the sender stops (one starting exactly then counts, with no overlap). The receiver is the region that worked alongside the sender longest just before; then the one that keeps working longest after; then region order. The &lt;b&gt;overlap&lt;/b&gt; is the time both covered before the end, and the &lt;b&gt;pickup&lt;/b&gt; is the end itself: the work waits for nobody.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;重なりでの引き継ぎ&lt;/b&gt; (実線の矢印): 送り手が作業を終える時点で、別の地域が勤務しています (ちょうどその時点に始まる地域も、重なり 0 として数えます)。受け手は、その直前に送り手と最も長く並行して勤務していた地域です。同じなら、その後最も長く勤務を続ける地域、さらに地域の順序で決まります。&lt;b&gt;重なり&lt;/b&gt;は終了時点までに両方がカバーしていた時間で、&lt;b&gt;受け取り&lt;/b&gt;は終了時点そのものです。作業は誰も待ちません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gap handoff&lt;/b&gt; (dashed arrow): nobody works at the moment the sender stops. The region whose coverage starts first after it picks up (ties: region order), and the &lt;b&gt;wait&lt;/b&gt; is the time until then, however long: a weekend, or a three-week shutdown. If that region is the sender itself there is no handoff: it simply resumes. If nobody works again at all, there is none either.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;空白後の引き継ぎ&lt;/b&gt; (破線の矢印): 送り手が作業を終える時点で、誰も勤務していません。その後最初にカバーが始まる地域が受け取り (同時なら地域の順序)、それまでの時間が&lt;b&gt;待ち時間&lt;/b&gt;です。週末でも 3 週間の休業でも、長さに制限はありません。その地域が送り手自身なら引き継ぎはなく、そのまま再開します。その後誰も勤務しない場合も引き継ぎはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sync slot&lt;/b&gt;: in an overlap handoff with some overlap, the earliest window of the policy length (15 minutes unless the plan says otherwise) inside the overlap in which at least one member of each side works throughout, and which touches no deep-work block of anyone on either side working then. A window inside a comms window of both sides is preferred over the earliest. Without one the handoff is asynchronous only: a written note.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;同期枠&lt;/b&gt;: 重なりのある重なりでの引き継ぎで、重なりの中にある、ポリシーで決めた長さ (プランで指定がなければ 15 分) の最も早い時間枠です。その間、両側のメンバーの少なくとも 1 人ずつが勤務し続けていて、その時間に勤務している両側の誰のディープワーク枠にも触れないものに限ります。最も早い枠よりも、両側の連絡時間帯の中にある枠が優先されます。該当する枠がなければ、引き継ぎは非同期のみ (書面のメモ) になります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Worked example</source>
        <extracomment>Heading of an example box in the Help guide pages</extracomment>
        <translation>計算例</translation>
    </message>
    <message>
        <source>&lt;p&gt;EMEA: Anna in Berlin works 09:00–17:30. AMER: Ben in New York works 09:00–17:00. No deep work, no other regions. On Monday 9 March 2026 New York is already on summer time (EDT, UTC−4), Berlin not yet (CET, UTC+1): Anna works 08:00–16:30 UTC, Ben 13:00–21:00 UTC.&lt;/p&gt;</source>
        <translation>&lt;p&gt;EMEA: ベルリンの Anna は 09:00–17:30 に勤務。AMER: ニューヨークの Ben は 09:00–17:00 に勤務。ディープワークもほかの地域もなし。2026 年 3 月 9 日 (月) には、ニューヨークはすでに夏時間 (EDT、UTC−4) ですが、ベルリンはまだです (CET、UTC+1)。Anna の勤務は 08:00–16:30 UTC、Ben は 13:00–21:00 UTC です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 16:30 UTC (17:30 in Berlin, 12:30 in New York) EMEA stops while AMER works: an &lt;b&gt;overlap handoff EMEA → AMER&lt;/b&gt; with 3 h 30 min of overlap (13:00–16:30 UTC), picked up at once. Its sync slot is the overlap&apos;s first 15 minutes, 13:00–13:15 UTC: 14:00 in Berlin, 09:00 in New York.&lt;/p&gt;</source>
        <translation>&lt;p&gt;16:30 UTC (ベルリン 17:30、ニューヨーク 12:30) に EMEA が作業を終え、AMER は勤務中です。重なり 3 時間 30 分 (13:00–16:30 UTC) の&lt;b&gt;重なりでの引き継ぎ EMEA → AMER&lt;/b&gt; で、すぐに受け取られます。同期枠は重なりの最初の 15 分、13:00–13:15 UTC (ベルリン 14:00、ニューヨーク 09:00) です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 21:00 UTC Ben stops and nobody works: a &lt;b&gt;gap handoff AMER → EMEA&lt;/b&gt;, picked up on Tuesday at 08:00 UTC (09:00 in Berlin) after a wait of 11 h. From Friday 13 March the same handoff waits until Monday 16 March, 08:00 UTC: 2 d 11 h.&lt;/p&gt;</source>
        <translation>&lt;p&gt;21:00 UTC に Ben が作業を終え、誰も勤務していません。&lt;b&gt;空白後の引き継ぎ AMER → EMEA&lt;/b&gt; で、11 時間待った後、火曜日の 08:00 UTC (ベルリン 09:00) に受け取られます。3 月 13 日 (金) からは、同じ引き継ぎが 3 月 16 日 (月) 08:00 UTC まで待ちます: 2 日 11 時間です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Working hours, deep work and comms windows are wall-clock times in each member&apos;s own zone: 09:00 stays 09:00 all year, and the moment it stands for moves when the clocks change. Twice a year a wall-clock time is not one moment; Sunrelay then reads it exactly as calendar files do (RFC 5545), so a calendar shows what Sunrelay shows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;勤務時間、ディープワーク、連絡時間帯は、各メンバー自身のタイムゾーンでの時計の時刻です。09:00 は一年中 09:00 のままで、それが指す瞬間は時計の切り替えで移動します。年に 2 回、時計の時刻が 1 つの瞬間に決まらないことがあります。Sunrelay はそのような時刻をカレンダーファイルとまったく同じ方法 (RFC 5545) で解釈するので、カレンダーには Sunrelay と同じ表示になります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Skipped times move forward by the gap.&lt;/b&gt; When the clocks spring forward, a time in the skipped hour does not exist. It is read with the offset from before the change, which puts it as much later as the clocks jumped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;飛ばされた時刻は、飛んだ分だけ後ろにずれます。&lt;/b&gt;時計が進むとき、飛ばされた 1 時間の中の時刻は存在しません。その時刻は切り替え前のオフセットで解釈されるため、時計が進んだ分だけ遅い時刻になります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Example: spring forward</source>
        <extracomment>Heading of an example box in the DST guide page: clocks move forward in spring</extracomment>
        <translation>例: 時計が進む</translation>
    </message>
    <message>
        <source>&lt;p&gt;New York, Sunday 8 March 2026: at 02:00 EST the clocks jump to 03:00 EDT. 02:30 does not exist; read as 02:30 EST it is 07:30 UTC, which is &lt;b&gt;03:30 EDT&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ニューヨーク、2026 年 3 月 8 日 (日): 02:00 EST に時計が 03:00 EDT に進みます。02:30 は存在しません。02:30 EST として解釈すると 07:30 UTC で、これは &lt;b&gt;03:30 EDT&lt;/b&gt; です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Repeated times take the first occurrence.&lt;/b&gt; When the clocks fall back, an hour happens twice; a time in it means the earlier one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;繰り返される時刻は 1 回目を指します。&lt;/b&gt;時計が戻るとき、1 時間が 2 回繰り返されます。その中の時刻は早い方を意味します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Example: fall back</source>
        <extracomment>Heading of an example box in the DST guide page: clocks move back in autumn</extracomment>
        <translation>例: 時計が戻る</translation>
    </message>
    <message>
        <source>&lt;p&gt;New York, Sunday 1 November 2026: 01:00–02:00 happens twice. 01:30 means &lt;b&gt;01:30 EDT = 05:30 UTC&lt;/b&gt;, not 01:30 EST = 06:30 UTC.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ニューヨーク、2026 年 11 月 1 日 (日): 01:00–02:00 が 2 回あります。01:30 は &lt;b&gt;01:30 EDT = 05:30 UTC&lt;/b&gt; を意味し、01:30 EST = 06:30 UTC ではありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lengths are exact time.&lt;/b&gt; A range keeps its wall-clock ends, so on a night the clocks change it is shorter or longer by the change. Overlaps, waits and effort are counted in real elapsed time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;長さは実際の経過時間です。&lt;/b&gt;時間帯は時計の時刻で両端を保つので、時計が切り替わる夜には、その分だけ短くまたは長くなります。重なり、待ち時間、工数は実際の経過時間で数えます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Example: lengths</source>
        <extracomment>Heading of an example box in the DST guide page: how lengths of time are counted</extracomment>
        <translation>例: 長さ</translation>
    </message>
    <message>
        <source>&lt;p&gt;In New York a range 01:00–05:00 lasts 4 h on most nights, &lt;b&gt;3 h&lt;/b&gt; on 8 March 2026 and &lt;b&gt;5 h&lt;/b&gt; on 1 November 2026. A range 02:15–03:00 has no time at all on 8 March: its start reads as 03:15 EDT, after its end.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ニューヨークでは、01:00–05:00 の時間帯はほとんどの夜で 4 時間ですが、2026 年 3 月 8 日は &lt;b&gt;3 時間&lt;/b&gt;、2026 年 11 月 1 日は &lt;b&gt;5 時間&lt;/b&gt;です。02:15–03:00 の時間帯は 3 月 8 日にはまったく時間がありません。開始が 03:15 EDT と解釈され、終了より後になるためです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the timeline a diamond marks each clock change on the member&apos;s row (filled: forward, hollow: back); View &amp;gt; DST Drift shows how each handoff moves in local time over the coming year.&lt;/p&gt;</source>
        <translation>&lt;p&gt;タイムラインでは、メンバーの行にある菱形が時計の切り替えを示します (塗りつぶし: 進む、中抜き: 戻る)。[表示] &amp;gt; [夏時間のずれ] では、今後 1 年間に各引き継ぎが現地時刻でどう動くかを確認できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How Handoffs Are Computed</source>
        <extracomment>Title of the Help guide page (Help menu) on handoffs</extracomment>
        <translation>引き継ぎの計算方法</translation>
    </message>
    <message>
        <source>The DST Rule</source>
        <extracomment>Title of the Help guide page (Help menu) on daylight saving time</extracomment>
        <translation>夏時間のルール</translation>
    </message>
    <message>
        <source>How &amp;Handoffs Are Computed</source>
        <extracomment>Help menu item: opens the guide page on how handoffs are computed</extracomment>
        <translation>引き継ぎの計算方法(&amp;H)</translation>
    </message>
    <message>
        <source>The &amp;DST Rule</source>
        <extracomment>Help menu item: opens the guide page on daylight saving time</extracomment>
        <translation>夏時間のルール(&amp;D)</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::HandoffsCsvDialog</name>
    <message>
        <source>Export handoffs as CSV</source>
        <extracomment>Title of the file dialog behind the Export Handoffs dialog&apos;s File field</extracomment>
        <translation>引き継ぎを CSV でエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>File type filter of the Export Handoffs dialog&apos;s file dialog; keep &quot;(*.csv)&quot;</extracomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Handoffs as CSV</source>
        <extracomment>Title of the Export Handoffs as CSV dialog (File menu)</extracomment>
        <translation>引き継ぎの CSV エクスポート</translation>
    </message>
    <message>
        <source>One row per handoff: both sides&apos; local times, the wait, the sync slot and the tasks passed with their notes.</source>
        <translation>引き継ぎごとに 1 行: 両側の現地時刻、待ち時間、同期枠、引き渡すタスクとそのメモ。</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <extracomment>Form label in an export dialog: the range of dates to export</extracomment>
        <translation>期間(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <extracomment>Form label in an export dialog: the file to write</extracomment>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <extracomment>OK button of the Export Handoffs as CSV dialog</extracomment>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation>終了日 (%1) が開始日 (%2) より前です。</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>エクスポート先のファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::LegendDialog</name>
    <message>
        <source>Timeline Legend</source>
        <extracomment>Title of the window explaining the timeline&apos;s colours and marks (View &gt; Legend)</extracomment>
        <translation>タイムラインの凡例</translation>
    </message>
    <message>
        <source>late by %1</source>
        <extracomment>Legend sample: a task finishing after its deadline; %1 is a duration, e.g. &quot;3 h&quot;</extracomment>
        <translation>%1遅れ</translation>
    </message>
    <message>
        <source>Tue 11:00 · T-3</source>
        <comment>time cursor sample</comment>
        <extracomment>Legend sample of the time cursor&apos;s label: a weekday and time, then a task id</extracomment>
        <translation>火 11:00 · T-3</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>Legend entry: the shaded block of a member&apos;s working hours on the timeline</extracomment>
        <translation>勤務時間</translation>
    </message>
    <message>
        <source>When the member works, in the region&apos;s colour; the row&apos;s weekdays and hours are the member&apos;s own local time.</source>
        <translation>メンバーが勤務している時間。地域の色で表示します。行の曜日と時刻はメンバー自身の現地時刻です。</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>Legend entry: a member&apos;s protected, meeting-free focus time</extracomment>
        <translation>ディープワーク</translation>
    </message>
    <message>
        <source>A protected block: darker, hatched, with a lock. A sync slot, pickup or meeting inside it is a conflict.</source>
        <translation>保護された枠: 濃い色の斜線と鍵のマーク。この中に同期枠、受け取り、会議があると競合になります。</translation>
    </message>
    <message>
        <source>Comms window</source>
        <extracomment>Legend entry: a fixed time for messages and calls</extracomment>
        <translation>連絡時間帯</translation>
    </message>
    <message>
        <source>The outlined band above the bar: a fixed time for messages. Sync slots in both sides&apos; windows are preferred.</source>
        <translation>バーの上にある枠線付きの帯: メッセージ用に決めた時間です。両側の連絡時間帯にある同期枠が優先されます。</translation>
    </message>
    <message>
        <source>Time off</source>
        <extracomment>Legend entry: a member&apos;s day off (holiday, leave)</extracomment>
        <translation>休暇</translation>
    </message>
    <message>
        <source>Whole local days away, grey and cross-hatched. Region holidays simply leave the day without working hours.</source>
        <translation>現地の日付で丸一日の不在。灰色の格子模様で表示します。地域の祝日は、その日の勤務時間がなくなるだけです。</translation>
    </message>
    <message>
        <source>Daylight</source>
        <extracomment>Legend entry: the band showing where the sun is up</extracomment>
        <translation>昼夜</translation>
    </message>
    <message>
        <source>Behind the row where the member lives: night shaded, twilight lighter, day clear.</source>
        <translation>メンバーの住む場所に合わせた行の背景: 夜は暗く、薄明は薄く、昼は無地です。</translation>
    </message>
    <message>
        <source>Clocks go forward</source>
        <extracomment>Legend entry: the mark of a daylight saving change that moves clocks forward</extracomment>
        <translation>時計が進む</translation>
    </message>
    <message>
        <source>A filled diamond where the member&apos;s clocks skip ahead (daylight saving time starts).</source>
        <translation>メンバーの時計が進む時点 (夏時間の開始) を示す塗りつぶしの菱形。</translation>
    </message>
    <message>
        <source>Clocks go back</source>
        <extracomment>Legend entry: the mark of a daylight saving change that moves clocks back</extracomment>
        <translation>時計が戻る</translation>
    </message>
    <message>
        <source>A hollow diamond where the member&apos;s clocks turn back and an hour repeats.</source>
        <translation>メンバーの時計が戻り、1 時間が繰り返される時点を示す中抜きの菱形。</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>Legend entry: times some region works</extracomment>
        <translation>カバー時間</translation>
    </message>
    <message>
        <source>On a region&apos;s row: when at least one of its members works (time off taken out).</source>
        <translation>地域の行: その地域のメンバーの少なくとも 1 人が勤務している時間 (休暇は除く)。</translation>
    </message>
    <message>
        <source>Overlap</source>
        <extracomment>Legend entry: times two or more regions work at once</extracomment>
        <translation>重なり</translation>
    </message>
    <message>
        <source>Two or more regions cover the same time, shaded in both regions&apos; colours.</source>
        <translation>2 つ以上の地域が同じ時間をカバーしています。両方の地域の色で表示します。</translation>
    </message>
    <message>
        <source>Gap</source>
        <extracomment>Legend entry: times no region works</extracomment>
        <translation>空白</translation>
    </message>
    <message>
        <source>Nobody in any region works: hatched vermillion across every region row.</source>
        <translation>どの地域でも誰も勤務していない時間: すべての地域の行に朱色の斜線で表示します。</translation>
    </message>
    <message>
        <source>Overlap handoff</source>
        <extracomment>Legend entry: a handoff where both regions&apos; hours overlap</extracomment>
        <translation>重なりでの引き継ぎ</translation>
    </message>
    <message>
        <source>Solid arrow, in the receiver&apos;s colour: the receiving region already works when the sender stops, so work passes at once.</source>
        <translation>受け手の色の実線の矢印: 送り手が作業を終えるとき受け手の地域はすでに勤務中なので、作業はすぐに渡されます。</translation>
    </message>
    <message>
        <source>Gap handoff</source>
        <extracomment>Legend entry: a handoff across hours no one covers</extracomment>
        <translation>空白後の引き継ぎ</translation>
    </message>
    <message>
        <source>Dashed arrow: nobody works when the sender stops; the work waits until the next region starts (the pickup).</source>
        <translation>破線の矢印: 送り手が作業を終えるとき誰も勤務していないため、作業は次の地域が始まるまで待ちます (受け取り)。</translation>
    </message>
    <message>
        <source>Handoff stepped to</source>
        <extracomment>Legend entry: the ring where the handoff that ] (next) or [ (previous) went to leaves</extracomment>
        <translation>移動先の引き継ぎ</translation>
    </message>
    <message>
        <source>A ring where the handoff that ] (next) or [ (previous) went to leaves.</source>
        <translation>] (次) または [ (前) で移動した引き継ぎの出発点を示す円。</translation>
    </message>
    <message>
        <source>Task worked</source>
        <extracomment>Legend entry: a bar of a task being worked on in one region</extracomment>
        <translation>作業中のタスク</translation>
    </message>
    <message>
        <source>A bar in the task&apos;s own colour on the member who works it then, with its id and title where they fit.</source>
        <translation>そのときタスクを担当するメンバーの行に、タスク自身の色で表示するバー。入りきれば ID とタイトルも表示します。</translation>
    </message>
    <message>
        <source>Task passed on</source>
        <extracomment>Legend entry: the link drawn where a task passes to the next region</extracomment>
        <translation>引き渡されたタスク</translation>
    </message>
    <message>
        <source>A line to the next member who works the task; dashed where it waits in between.</source>
        <translation>次にタスクを担当するメンバーへの線。間に待ちがある部分は破線です。</translation>
    </message>
    <message>
        <source>Planned start</source>
        <extracomment>Legend entry: the mark of a task&apos;s planned start</extracomment>
        <translation>予定開始</translation>
    </message>
    <message>
        <source>A pin on the starting region&apos;s row; a dashed run to where work really starts when nobody covers the start.</source>
        <translation>開始地域の行に立てるピン。開始時刻を誰もカバーしていないときは、実際に作業が始まるところまで破線が続きます。</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Legend entry: the mark where a task is done</extracomment>
        <translation>終了</translation>
    </message>
    <message>
        <source>A flag where the task&apos;s effort is used up.</source>
        <translation>タスクの工数を使い切ったところに立つ旗。</translation>
    </message>
    <message>
        <source>Late finish</source>
        <extracomment>Legend entry: the mark of a task finishing after its deadline</extracomment>
        <translation>遅延した終了</translation>
    </message>
    <message>
        <source>A red flag: the task finishes after its deadline, by the amount shown.</source>
        <translation>赤い旗: タスクが期限より後に終了します。遅れの時間も表示します。</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Legend entry: the line at the current time</extracomment>
        <translation>現在</translation>
    </message>
    <message>
        <source>The current time, across all rows.</source>
        <translation>現在時刻。すべての行にまたがって表示します。</translation>
    </message>
    <message>
        <source>Time cursor</source>
        <extracomment>Legend entry: the vertical line shown by pointing at the time axis or pressing C, with each row&apos;s local time at that moment; not the current time (that is &quot;Now&quot;)</extracomment>
        <translation>時刻カーソル</translation>
    </message>
    <message>
        <source>Point at the time axis or press C: each row&apos;s local time there and the tasks its members hold.</source>
        <translation>時間軸をポイントするか C キーを押すと、その時点での各行の現地時刻と、メンバーが担当しているタスクを表示します。</translation>
    </message>
    <message>
        <source>Member rows</source>
        <extracomment>Legend section heading: the timeline&apos;s rows of single members</extracomment>
        <translation>メンバーの行</translation>
    </message>
    <message>
        <source>Region rows</source>
        <extracomment>Legend section heading: the timeline&apos;s rows of whole regions</extracomment>
        <translation>地域の行</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <extracomment>Legend section heading</extracomment>
        <translation>引き継ぎ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <extracomment>Legend section heading</extracomment>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Legend section heading: time marks (daylight, now)</extracomment>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <extracomment>View menu item: opens the Timeline Legend window (what the timeline&apos;s marks mean)</extracomment>
        <translation>凡例(&amp;G)</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MainWindow</name>
    <message>
        <source>Sunrelay plans (*.sunrelay)</source>
        <extracomment>File type filter in the open and save dialogs: Sunrelay&apos;s own plan files</extracomment>
        <translation>Sunrelay プラン (*.sunrelay)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Main menu bar: the View menu</extracomment>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Main menu bar: the File menu</extracomment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <extracomment>File menu item: creates a new, empty plan file</extracomment>
        <translation>新しいプラン(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>File menu item: opens an existing plan for editing</extracomment>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <extracomment>File menu item: submenu listing recently opened plans</extracomment>
        <translation>最近使ったプランを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <extracomment>File menu item: opens the sample plan shipped with Sunrelay</extracomment>
        <translation>デモプランを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <extracomment>File menu item: saves the plan under another file name</extracomment>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Plan JSON…</source>
        <extracomment>File menu item: creates a plan from a plan JSON file</extracomment>
        <translation>プラン JSON をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Member CSV…</source>
        <extracomment>File menu item: adds team members from a CSV file</extracomment>
        <translation>メンバー CSV をインポート(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export Plan JSON…</source>
        <extracomment>File menu item: writes the plan to a JSON file</extracomment>
        <translation>プラン JSON をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <extracomment>File menu item: closes the open plan</extracomment>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>File menu: close the window and end Sunrelay</extracomment>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <extracomment>File menu item: writes the plan&apos;s shifts and handoffs to an iCalendar file</extracomment>
        <translation>カレンダーをエクスポート(&amp;L)…</translation>
    </message>
    <message>
        <source>Export Handoffs as CS&amp;V…</source>
        <extracomment>File menu item: writes the handoffs to a CSV spreadsheet file</extracomment>
        <translation>引き継ぎを CSV でエクスポート(&amp;V)…</translation>
    </message>
    <message>
        <source>%1 handoffs</source>
        <comment>a file name</comment>
        <extracomment>Proposed file name for the handoffs CSV; %1 is the plan file&apos;s name without extension</extracomment>
        <translation>%1 引き継ぎ</translation>
    </message>
    <message>
        <source>Import &amp;Busy Time…</source>
        <extracomment>File menu item: imports members&apos; busy times from an iCalendar file</extracomment>
        <translation>予定あり時間をインポート(&amp;B)…</translation>
    </message>
    <message>
        <source>Import &amp;Holidays…</source>
        <extracomment>File menu item: imports public holidays from an iCalendar file</extracomment>
        <translation>祝日をインポート(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Main menu bar: the Edit menu</extracomment>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Edit menu item: undoes the last change (shown when there is nothing to undo)</extracomment>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Edit menu item: redoes the last undone change (shown when there is nothing to redo)</extracomment>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <extracomment>Edit menu item: opens the Preferences dialog</extracomment>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>My &amp;Week</source>
        <extracomment>View menu item: shows the My Week page (one member&apos;s week)</extracomment>
        <translation>マイウィーク(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <extracomment>View menu item: shows the Coverage page</extracomment>
        <translation>カバー時間(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;DST Drift</source>
        <extracomment>View menu item: shows the DST Drift page (how daylight saving time shifts handoffs)</extracomment>
        <translation>夏時間のずれ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>View menu: scroll the timeline to today</extracomment>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <extracomment>View menu: scroll the timeline back in time</extracomment>
        <translation>前へ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <extracomment>View menu: scroll the timeline forward in time</extracomment>
        <translation>次へ(&amp;L)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <extracomment>View menu item: zooms the timeline in</extracomment>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <extracomment>View menu item: zooms the timeline out</extracomment>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Next Handoff</source>
        <extracomment>View menu item: scrolls the timeline to the next handoff between regions</extracomment>
        <translation>次の引き継ぎ(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Handoff</source>
        <extracomment>View menu item: scrolls the timeline to the previous handoff between regions</extracomment>
        <translation>前の引き継ぎ(&amp;V)</translation>
    </message>
    <message>
        <source>Export &amp;Picture…</source>
        <extracomment>View menu item: saves the current page as a PNG, SVG or PDF picture</extracomment>
        <translation>画像をエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <extracomment>Menu title: the plan (team, tasks, policy)</extracomment>
        <translation>プラン(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;name Plan…</source>
        <extracomment>Plan menu item: changes the plan&apos;s name</extracomment>
        <translation>プランの名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <source>Add &amp;Region</source>
        <extracomment>Plan menu item: adds a region (a team site) to the plan</extracomment>
        <translation>地域を追加(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;Member…</source>
        <extracomment>Plan menu item: opens the dialog that adds a team member</extracomment>
        <translation>メンバーを追加(&amp;M)…</translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <extracomment>Plan menu item: opens the dialog that creates a task</extracomment>
        <translation>新しいタスク(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Place Task At…</source>
        <extracomment>Plan menu item: places the task selected in the backlog on the timeline, at a time chosen next</extracomment>
        <translation>日時を指定してタスクを配置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Main menu bar: the Help menu</extracomment>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Sunrelay</source>
        <extracomment>Help menu item: shows the About dialog</extracomment>
        <translation>Sunrelay について(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <extracomment>Name of the main toolbar (shown in its context menu)</extracomment>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Go to date</source>
        <extracomment>Accessible name and tooltip of the toolbar&apos;s date field: the timeline jumps to the date chosen</extracomment>
        <translation>日付へ移動</translation>
    </message>
    <message>
        <source>—</source>
        <comment>date navigator without a plan</comment>
        <extracomment>Shown in the toolbar&apos;s date field when no plan is open</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Zoom</source>
        <extracomment>Screen-reader name of the timeline zoom slider</extracomment>
        <translation>ズーム</translation>
    </message>
    <message>
        <source>Zoom: from 4 weeks to 1 hour</source>
        <translation>ズーム: 4 週間から 1 時間まで</translation>
    </message>
    <message>
        <source>Show Tool&amp;bar</source>
        <extracomment>View menu item: shows or hides the main toolbar</extracomment>
        <translation>ツールバーを表示(&amp;B)</translation>
    </message>
    <message>
        <source>Open a plan to see its team.</source>
        <translation>プランを開くとチームが表示されます。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu item; %1 is the name of the change to undo, e.g. &quot;Undo Move Ana&apos;s shift&quot;</extracomment>
        <translation>元に戻す(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu item; %1 is the name of the change to redo, e.g. &quot;Redo Move Ana&apos;s shift&quot;</extracomment>
        <translation>やり直す(&amp;R): %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Tab title of the main window&apos;s Timeline page</extracomment>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>My Week</source>
        <extracomment>Tab title of the main window&apos;s My Week page (one member&apos;s week)</extracomment>
        <translation>マイウィーク</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <extracomment>Title of the error box shown when an edit could not be written to the plan file</extracomment>
        <translation>変更は保存されていません</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>Tab title of the main window&apos;s Coverage page</extracomment>
        <translation>カバー時間</translation>
    </message>
    <message>
        <source>DST Drift</source>
        <extracomment>Tab title of the main window&apos;s DST Drift page (daylight saving time shifts)</extracomment>
        <translation>夏時間のずれ</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo history entry for editing a task; %1 is the task&apos;s id</extracomment>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>Edit the note on handoff %1 of %2</source>
        <translation>%2 の引き継ぎ %1 のメモを編集</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <extracomment>Window title of a plan opened read-only; %1 is the plan&apos;s name</extracomment>
        <translation>%1 [読み取り専用]</translation>
    </message>
    <message>
        <source>Rename Plan</source>
        <extracomment>Title of the dialog that renames the plan</extracomment>
        <translation>プランの名前を変更</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label in the Rename Plan dialog: the plan&apos;s new name</extracomment>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>A plan needs a name: it is the window&apos;s title and the name its exports carry.</source>
        <translation>プランには名前が必要です。ウィンドウのタイトルや、エクスポートしたファイルの名前に使われます。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <extracomment>Status bar: the number of team members in the plan</extracomment>
        <translation>
            <numerusform>メンバー %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <extracomment>Status bar: the number of regions (team sites) in the plan</extracomment>
        <translation>
            <numerusform>地域 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>coverage %1 % in the next 7 days</source>
        <translation>今後 7 日間のカバー率 %1%</translation>
    </message>
    <message>
        <source>next handoff %1 → %2 in %3</source>
        <translation>次の引き継ぎ %1 → %2 (%3後)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <extracomment>Status bar: the time zone the timeline is drawn in; %1 is an IANA zone name like Europe/Berlin</extracomment>
        <translation>基準: %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <extracomment>Title of the file dialog (and of its error box) that creates a new plan file</extracomment>
        <translation>新しいプラン</translation>
    </message>
    <message>
        <source>Open plan</source>
        <extracomment>Title of the file dialog that opens a plan</extracomment>
        <translation>プランを開く</translation>
    </message>
    <message>
        <source>Plan JSON (*.json)</source>
        <extracomment>File type filter in the open, import and export dialogs: a plan written as JSON text</extracomment>
        <translation>プラン JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>File type filter in the open dialog: any file</extracomment>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <extracomment>Title of an error box; %1 is the name of the file that cannot be opened</extracomment>
        <translation>%1 を開けません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A file and why it cannot be opened: &quot;team.sunrelay: permission denied&quot;
----------
A CSV file and why it cannot be read: &quot;team.csv: permission denied&quot;
----------
A CSV file and the reader&apos;s message on it (in English)
----------
A file and why it cannot be opened: &quot;/home/ana/fifo: not a regular file&quot;
----------
A file and why it cannot be read: &quot;team.json: permission denied&quot;
----------
A plan JSON file and the reader&apos;s message on it (in English)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You can open a copy of the plan as it is now, read-only, and look at it while the other program goes on editing the original.</source>
        <translation>現在の状態のプランのコピーを読み取り専用で開いて、ほかのプログラムが元のファイルを編集している間に参照できます。</translation>
    </message>
    <message>
        <source>Open a Read-Only &amp;Copy</source>
        <extracomment>Button in the box saying another program is editing the plan: opens a read-only copy instead</extracomment>
        <translation>読み取り専用のコピーを開く(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>a file name</comment>
        <extracomment>Proposed file name for a read-only copy; %1 is the original file&apos;s name without extension</extracomment>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <extracomment>Title of the file dialog that saves the plan under a new name</extracomment>
        <translation>プランに名前を付けて保存</translation>
    </message>
    <message>
        <source>Save as</source>
        <extracomment>Title of an error box after File &gt; Save As failed</extracomment>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <source>This plan is already saved in %1: every change goes into it as you make it. To make a copy, choose another name.</source>
        <translation>このプランはすでに %1 に保存されています。変更はその都度ファイルに書き込まれます。コピーを作るには別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Import plan JSON</source>
        <extracomment>Title of the file dialog that picks a plan JSON file to import</extracomment>
        <translation>プラン JSON のインポート</translation>
    </message>
    <message>
        <source>Import member CSV</source>
        <extracomment>Title of the file dialog (and of its error boxes) that imports members from CSV</extracomment>
        <translation>メンバー CSV のインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File type filter in the member CSV import dialog</extracomment>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>Undo history entry for a member CSV import; %1 is the CSV file&apos;s name</extracomment>
        <translation>%1 をインポート</translation>
    </message>
    <message>
        <source>Export plan JSON</source>
        <extracomment>Title of the file dialog (and of its error box) that exports the plan to JSON</extracomment>
        <translation>プラン JSON のエクスポート</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>File type filter in the Export Picture dialog</extracomment>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <extracomment>File type filter in the Export Picture dialog</extracomment>
        <translation>SVG 図形 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>File type filter in the Export Picture dialog</extracomment>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Export picture of the timeline</source>
        <translation>タイムラインの画像をエクスポート</translation>
    </message>
    <message>
        <source>Team</source>
        <extracomment>Panel title: regions and members</extracomment>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Backlog</source>
        <extracomment>Panel title: the tasks, placed or not yet placed</extracomment>
        <translation>バックログ</translation>
    </message>
    <message>
        <source>Task Details</source>
        <extracomment>Title of the dock panel showing the selected task&apos;s details and route</extracomment>
        <translation>タスクの詳細</translation>
    </message>
    <message>
        <source>There is no file at %1. It may have been moved, renamed or deleted.</source>
        <translation>%1 にファイルがありません。移動、名前の変更、削除が行われた可能性があります。</translation>
    </message>
    <message>
        <source>Imported %1 as a new plan file: %2</source>
        <translation>%1 を新しいプランファイルとしてインポートしました: %2</translation>
    </message>
    <message>
        <source>Cannot open the demo plan</source>
        <translation>デモプランを開けません</translation>
    </message>
    <message>
        <source>%1 is open in another Sunrelay window, which was brought to the front.</source>
        <translation>%1 は別の Sunrelay ウィンドウで開かれているため、そのウィンドウを前面に表示しました。</translation>
    </message>
    <message>
        <source>Open Read-Onl&amp;y…</source>
        <extracomment>File menu item: opens a plan without taking the write lock</extracomment>
        <translation>読み取り専用で開く(&amp;Y)…</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <extracomment>View menu item: shows the Timeline page</extracomment>
        <translation>タイムライン(&amp;M)</translation>
    </message>
    <message>
        <source>Go to D&amp;ate…</source>
        <extracomment>View menu item: moves the focus to the toolbar&apos;s date field</extracomment>
        <translation>日付へ移動(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MemberDialog</name>
    <message>
        <source>Problems</source>
        <extracomment>Screen-reader name of the list of what is wrong with the entered member</extracomment>
        <translation>問題</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>Placeholder text in the member dialog&apos;s name field</extracomment>
        <translation>氏名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label in the member dialog: the member&apos;s name</extracomment>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Accessible name of the member dialog&apos;s read-only region field</extracomment>
        <translation>地域</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <extracomment>Form label in the member dialog: the region (team site) the member belongs to</extracomment>
        <translation>地域(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <extracomment>Form label in the member dialog: the member&apos;s IANA time zone</extracomment>
        <translation>タイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <source>Whole days in the member’s own time zone, first and last day included.</source>
        <translation>メンバー自身のタイムゾーンでの丸一日単位。初日と最終日を含みます。</translation>
    </message>
    <message>
        <source>First day</source>
        <extracomment>Column header of the member dialog&apos;s time-off table: the first day of an absence</extracomment>
        <translation>初日</translation>
    </message>
    <message>
        <source>Last day</source>
        <extracomment>Column header of the member dialog&apos;s time-off table: the last day of an absence (included)</extracomment>
        <translation>最終日</translation>
    </message>
    <message>
        <source>Time off</source>
        <extracomment>Accessible name of the member dialog&apos;s time-off table (holidays, leave)</extracomment>
        <translation>休暇</translation>
    </message>
    <message>
        <source>No time off</source>
        <extracomment>Placeholder over the member dialog&apos;s empty time-off table</extracomment>
        <translation>休暇なし</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add a period of time off</extracomment>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <extracomment>Button: remove the chosen period of time off</extracomment>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>First day of time off %1</source>
        <translation>休暇 %1 の初日</translation>
    </message>
    <message>
        <source>Last day of time off %1</source>
        <translation>休暇 %1 の最終日</translation>
    </message>
    <message>
        <source>This plan is open read-only, so this member cannot be changed here.</source>
        <translation>このプランは読み取り専用で開いているため、ここではこのメンバーを変更できません。</translation>
    </message>
    <message>
        <source>Enter the member’s name.</source>
        <extracomment>Error under the member dialog&apos;s name field when it is empty</extracomment>
        <translation>メンバーの名前を入力してください。</translation>
    </message>
    <message>
        <source>Add a region to the plan first: every member belongs to one.</source>
        <translation>先にプランに地域を追加してください。メンバーは必ずいずれかの地域に所属します。</translation>
    </message>
    <message>
        <source>Choose the member’s region.</source>
        <extracomment>Error under the member dialog&apos;s region field when none is chosen</extracomment>
        <translation>メンバーの地域を選択してください。</translation>
    </message>
    <message>
        <source>%1 is highlighted but not chosen. Press Enter or click a zone to choose it.</source>
        <translation>%1 は強調表示されていますが、選択されていません。Enter キーを押すかタイムゾーンをクリックして選択してください。</translation>
    </message>
    <message>
        <source>%1 is highlighted but not chosen. Press Enter or click a zone to choose it, or press Esc in the search to keep %2.</source>
        <translation>%1 は強調表示されていますが、選択されていません。Enter キーを押すかタイムゾーンをクリックして選択してください。%2 のままにするには、検索欄で Esc キーを押してください。</translation>
    </message>
    <message>
        <source>Choose a time zone: no zone matches the search.</source>
        <translation>タイムゾーンを選択してください: 検索に一致するタイムゾーンがありません。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list.</source>
        <translation>「%1」は Sunrelay が認識できるタイムゾーンではありません。一覧から選択してください。</translation>
    </message>
    <message>
        <source>Time off %1 ends on %2, before it starts on %3. Change the last day.</source>
        <translation>休暇 %1 の終了日 %2 が開始日 %3 より前です。最終日を変更してください。</translation>
    </message>
    <message>
        <source>OK chooses %1, the only zone that matches the search.</source>
        <translation>OK を押すと、検索に一致する唯一のタイムゾーン %1 を選択します。</translation>
    </message>
    <message>
        <source>No working hours yet: this member covers no time until you draw some on the Week page.</source>
        <translation>勤務時間がまだありません。[週] ページで勤務時間を描くまで、このメンバーはどの時間もカバーしません。</translation>
    </message>
    <message>
        <source>Add member</source>
        <extracomment>Title of the member dialog when adding a member</extracomment>
        <translation>メンバーを追加</translation>
    </message>
    <message>
        <source>Edit member</source>
        <extracomment>Title of the member dialog when editing a member</extracomment>
        <translation>メンバーを編集</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <extracomment>Tab in the member dialog: name, region and time zone</extracomment>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>W&amp;eek</source>
        <extracomment>Tab: the member&apos;s weekly working hours, deep work and comms windows</extracomment>
        <translation>週(&amp;E)</translation>
    </message>
    <message>
        <source>Time o&amp;ff</source>
        <extracomment>Tab in the member dialog: the member&apos;s days and dates off</extracomment>
        <translation>休暇(&amp;F)</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MembersModel</name>
    <message>
        <source>%1 h</source>
        <extracomment>Team panel, member table cell: hours of work per week, e.g. &quot;40.0 h&quot;</extracomment>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>UTC offset now: %1</source>
        <extracomment>Tooltip of a member&apos;s time zone cell; %1 is the zone&apos;s abbreviation and offset now, e.g. &quot;CET, UTC+01:00&quot;</extracomment>
        <translation>現在の UTC オフセット: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: a member&apos;s name</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Column header: a member&apos;s region</extracomment>
        <translation>地域</translation>
    </message>
    <message>
        <source>Time zone</source>
        <extracomment>Column header in the Team panel&apos;s member table: the member&apos;s IANA time zone</extracomment>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Local time</source>
        <extracomment>Column header in the Team panel&apos;s member table: the member&apos;s clock time now</extracomment>
        <translation>現地時刻</translation>
    </message>
    <message>
        <source>Work / week</source>
        <extracomment>Column header in the Team panel&apos;s member table: working hours per week</extracomment>
        <translation>勤務 / 週</translation>
    </message>
    <message>
        <source>Deep work / week</source>
        <extracomment>Column header in the Team panel&apos;s member table: protected focus hours per week</extracomment>
        <translation>ディープワーク / 週</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MyWeekView</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member&apos;s name and id in the member picker: &quot;Ana Lima (m-ana)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The week shown, first to last day: &quot;30 Nov – 6 Dec 2026&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Search members by name or id</source>
        <translation>名前または ID でメンバーを検索</translation>
    </message>
    <message>
        <source>Whose week: type part of a name or id</source>
        <translation>表示するメンバー: 名前または ID の一部を入力</translation>
    </message>
    <message>
        <source>Pick a date: its week is shown (the member&apos;s local dates)</source>
        <translation>日付を選ぶとその週を表示します (メンバーの現地の日付)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <extracomment>Tooltip of the My Week page&apos;s button that shows the week before</extracomment>
        <translation>前の週</translation>
    </message>
    <message>
        <source>This Week</source>
        <extracomment>My Week page button: shows the current week</extracomment>
        <translation>今週</translation>
    </message>
    <message>
        <source>Next week</source>
        <extracomment>Tooltip of the My Week page&apos;s button that shows the week after</extracomment>
        <translation>次の週</translation>
    </message>
    <message>
        <source>Export My Calendar…</source>
        <extracomment>My Week page button: exports the chosen member&apos;s calendar to an iCalendar file</extracomment>
        <translation>カレンダーをエクスポート…</translation>
    </message>
    <message>
        <source>Write this member&apos;s week to a calendar file (.ics)</source>
        <translation>このメンバーの週をカレンダーファイル (.ics) に書き出します</translation>
    </message>
    <message>
        <source>Import My Calendar…</source>
        <extracomment>My Week page button: imports the chosen member&apos;s busy times from an iCalendar file</extracomment>
        <translation>カレンダーをインポート…</translation>
    </message>
    <message>
        <source>Read this member&apos;s meetings from a calendar file as busy time</source>
        <translation>このメンバーの会議をカレンダーファイルから予定あり時間として読み込みます</translation>
    </message>
    <message>
        <source>Print…</source>
        <extracomment>My Week page button: prints the week shown</extracomment>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Add a member to the plan to see their week.</source>
        <translation>プランにメンバーを追加すると、その週が表示されます。</translation>
    </message>
    <message>
        <source>Print My Week</source>
        <extracomment>Title of the print dialog for the My Week page</extracomment>
        <translation>マイウィークを印刷</translation>
    </message>
    <message>
        <source>%1: %2, %3 time</source>
        <extracomment>Screen readers, My week: the day (&quot;Mon 30 Nov&quot;), the block as its tooltip&apos;s first line says it (&quot;Protected deep work 09:00–12:00 (3 h)&quot;) and the member&apos;s zone&apos;s city (&quot;Berlin&quot;).</extracomment>
        <translation>%1: %2 (%3 の現地時刻)</translation>
    </message>
    <message>
        <source>Week shown</source>
        <extracomment>Screen readers: the button that shows the week&apos;s dates and picks another week.</extracomment>
        <translation>表示中の週</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <extracomment>Label of the My Week page&apos;s choice of team member</extracomment>
        <translation>メンバー(&amp;M):</translation>
    </message>
    <message>
        <source>The member&apos;s week</source>
        <extracomment>Accessible name of the My Week page&apos;s drawing of the member&apos;s week</extracomment>
        <translation>メンバーの週</translation>
    </message>
    <message>
        <source>Working hours, deep work, comms windows, handoffs, tasks and conflicts in the member&apos;s local time. Up and Down go through the blocks, Left and Right to the previous or next day, Enter shows a block&apos;s details.</source>
        <translation>勤務時間、ディープワーク、連絡時間帯、引き継ぎ、タスク、競合をメンバーの現地時刻で表示します。上下キーでブロック間を移動し、左右キーで前日または翌日に移動します。Enter キーでブロックの詳細を表示します。</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PlaceTaskDialog</name>
    <message>
        <source>The plan has no region yet. Add one in the Team panel first: a task starts in a region.</source>
        <translation>プランにはまだ地域がありません。先にチームパネルで地域を追加してください。タスクはいずれかの地域で開始します。</translation>
    </message>
    <message>
        <source>Choose the region the task starts in.</source>
        <translation>タスクを開始する地域を選択してください。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list or type an IANA name such as Europe/Berlin.</source>
        <translation>「%1」は Sunrelay が認識できるタイムゾーンではありません。一覧から選択するか、Europe/Berlin のような IANA 名を入力してください。</translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>Place dialog, beside the start: the same instant in the timeline&apos;s zone; %1 is a date and time</extracomment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Accessible name of the Place dialog&apos;s region field (where the task starts)</extracomment>
        <translation>地域</translation>
    </message>
    <message>
        <source>Region problem</source>
        <extracomment>Accessible name of the message shown under the Place dialog&apos;s region field when it is invalid</extracomment>
        <translation>地域の問題</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <extracomment>Form label in the Place dialog: the region the task starts in</extracomment>
        <translation>地域(&amp;R):</translation>
    </message>
    <message>
        <source>Start date</source>
        <extracomment>Accessible name of the Place dialog&apos;s start date field</extracomment>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Start time</source>
        <extracomment>Accessible name of the Place dialog&apos;s start time field</extracomment>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <extracomment>When the placed task may start: date and time</extracomment>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <source>Time zone of the start</source>
        <translation>開始時刻のタイムゾーン</translation>
    </message>
    <message>
        <source>Time zone problem</source>
        <extracomment>Accessible name of the message shown under the Place dialog&apos;s zone field when it is invalid</extracomment>
        <translation>タイムゾーンの問題</translation>
    </message>
    <message>
        <source>&amp;In time zone:</source>
        <extracomment>Form label in the Place dialog: the time zone the start date and time are in</extracomment>
        <translation>タイムゾーン(&amp;I):</translation>
    </message>
    <message>
        <source>Start in the reference zone</source>
        <translation>基準タイムゾーンでの開始日時</translation>
    </message>
    <message>
        <source>Daylight saving note</source>
        <extracomment>Accessible name of the Place dialog&apos;s note on a daylight saving gap or overlap at the start</extracomment>
        <translation>夏時間に関する注意</translation>
    </message>
    <message>
        <source>Place %1</source>
        <extracomment>Title of the dialog that places a task on the timeline; %1 is the task&apos;s id</extracomment>
        <translation>%1 を配置</translation>
    </message>
    <message>
        <source>The task waits until the region covers its start, then follows the sun from there.</source>
        <translation>タスクは、地域が開始時刻をカバーするまで待ち、そこからフォロー・ザ・サンで進みます。</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <extracomment>Button: put the task on the timeline</extracomment>
        <translation>配置(&amp;P)</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PlanDocument</name>
    <message>
        <source>Add region %1</source>
        <extracomment>Undo history entry; %1 is the name of the region added</extracomment>
        <translation>地域 %1 を追加</translation>
    </message>
    <message>
        <source>a file already exists at %1</source>
        <translation>%1 にはすでにファイルがあります</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 を %2 にコピーできません</translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <extracomment>Why a read-only copy of a plan failed; %1 is the plan&apos;s write-ahead log file</extracomment>
        <translation>%1 をコピーできません</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <extracomment>Undo history entry for renaming the plan</extracomment>
        <translation>プランの名前を変更</translation>
    </message>
    <message>
        <source>Change policy</source>
        <extracomment>Undo history entry for changing the plan&apos;s handoff policy</extracomment>
        <translation>ポリシーを変更</translation>
    </message>
    <message>
        <source>Rename region %1 to %2</source>
        <translation>地域 %1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>Change colour of %1</source>
        <extracomment>Undo history entry; %1 is the name of the region recoloured</extracomment>
        <translation>%1 の色を変更</translation>
    </message>
    <message>
        <source>Edit region %1</source>
        <extracomment>Undo history entry; %1 is the name of the region edited</extracomment>
        <translation>地域 %1 を編集</translation>
    </message>
    <message>
        <source>Move region</source>
        <extracomment>Undo history entry for moving a region up or down the list</extracomment>
        <translation>地域を移動</translation>
    </message>
    <message>
        <source>Delete region %1</source>
        <extracomment>Undo history entry; %1 is the name of the region deleted</extracomment>
        <translation>地域 %1 を削除</translation>
    </message>
    <message>
        <source>Add %1</source>
        <extracomment>Undo history entry for adding a member; %1 is the member&apos;s name</extracomment>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <extracomment>Undo history entry; %1 is a member&apos;s old name, %2 the new one</extracomment>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <extracomment>Undo history entry; %1 is a member&apos;s name, %2 the region the member moves to</extracomment>
        <translation>%1 を %2 に移動</translation>
    </message>
    <message>
        <source>Change time zone of %1</source>
        <translation>%1 のタイムゾーンを変更</translation>
    </message>
    <message>
        <source>Change the week of %1</source>
        <translation>%1 の週を変更</translation>
    </message>
    <message>
        <source>Change time off of %1</source>
        <translation>%1 の休暇を変更</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo history entry for editing a member; %1 is the member&apos;s name</extracomment>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Undo history entry for deleting a member; %1 is the member&apos;s name</extracomment>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <extracomment>Undo history entry for adding a task; %1 is the task&apos;s title</extracomment>
        <translation>タスク %1 を追加</translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <extracomment>Undo history entry for deleting a task; %1 is the task&apos;s title</extracomment>
        <translation>タスク %1 を削除</translation>
    </message>
    <message>
        <source>Unplace %1</source>
        <extracomment>Undo history entry for sending a task back to the backlog; %1 is the task&apos;s id</extracomment>
        <translation>%1 の配置を解除</translation>
    </message>
    <message>
        <source>The file cannot be used: %1.</source>
        <translation>ファイルを使用できません: %1。</translation>
    </message>
    <message>
        <source>This is not a Sunrelay plan file (%1). Choose a .sunrelay file, or use File &gt; Import for plan JSON. The file was not changed.</source>
        <translation>これは Sunrelay のプランファイルではありません (%1)。.sunrelay ファイルを選択するか、プラン JSON の場合は [ファイル] &gt; [インポート] を使用してください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>This plan file is damaged (%1). Open a backup copy if you have one. The file was not changed.</source>
        <translation>このプランファイルは破損しています (%1)。バックアップがあればそちらを開いてください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>This file belongs to another program (%1). The file was not changed.</source>
        <translation>このファイルは別のプログラムのものです (%1)。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>This plan was made by a newer version of Sunrelay (file format %1; this version reads up to %2). Open it with a newer version of Sunrelay; the file was not changed.</source>
        <translation>このプランは新しいバージョンの Sunrelay で作成されています (ファイル形式 %1。このバージョンが読めるのは %2 までです)。新しいバージョンの Sunrelay で開いてください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>This plan is open for editing in %1. Close it there, then try again.</source>
        <extracomment>%1 is the program holding the plan open, or &quot;another program&quot; when it is unknown</extracomment>
        <translation>このプランは %1 で編集中です。そちらで閉じてから、もう一度試してください。</translation>
    </message>
    <message>
        <source>another program</source>
        <extracomment>Stands for the program that holds a plan open, when its name is unknown, in &quot;This plan is open for editing in %1&quot;</extracomment>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <source>This plan is open read-only; changes cannot be saved.</source>
        <translation>このプランは読み取り専用で開いているため、変更を保存できません。</translation>
    </message>
    <message>
        <source>That is no longer in the plan (%1).</source>
        <translation>これはもうプランにありません (%1)。</translation>
    </message>
    <message>
        <source>This change cannot be made: %1.</source>
        <translation>この変更はできません: %1。</translation>
    </message>
    <message>
        <source>The change could not be saved (%1). Nothing was changed; check the disk and try again.</source>
        <translation>変更を保存できませんでした (%1)。何も変更されていません。ディスクを確認して、もう一度試してください。</translation>
    </message>
    <message>
        <source>%1 (table %2, row %3, column %4)</source>
        <extracomment>A store error&apos;s detail and where in the plan file it is: &quot;value out of range (table member, row 12, column zone)&quot;</extracomment>
        <translation>%1 (テーブル %2、行 %3、列 %4)</translation>
    </message>
    <message>
        <source>This plan file has been altered outside Sunrelay (%1) and is not opened, to keep anything planted in it from running. The file was not changed.</source>
        <translation>このプランファイルは Sunrelay の外部で改変されているため (%1)、埋め込まれたものが実行されないように開きません。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>This plan file holds data Sunrelay cannot use: %1. The file was not changed.</source>
        <translation>このプランファイルには Sunrelay が使用できないデータが含まれています: %1。ファイルは変更されていません。</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Title of the Preferences dialog (Edit menu)</extracomment>
        <translation>設定</translation>
    </message>
    <message>
        <source>24-hour (17:30)</source>
        <extracomment>Preferences, Clock choice: show times on a 24-hour clock</extracomment>
        <translation>24 時間制 (17:30)</translation>
    </message>
    <message>
        <source>12-hour (5:30 PM)</source>
        <extracomment>Preferences, Clock choice: show times on a 12-hour clock with AM/PM</extracomment>
        <translation>12 時間制 (5:30 PM)</translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <extracomment>Form label in the Preferences dialog: how clock times are written</extracomment>
        <translation>時計(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;First day of the week:</source>
        <translation>週の始まり(&amp;F):</translation>
    </message>
    <message>
        <source>UTC</source>
        <extracomment>The timeline in Coordinated Universal Time; keep the abbreviation</extracomment>
        <translation>UTC</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <extracomment>Preferences, timeline zone choice; %1 is this computer&apos;s IANA zone, e.g. Europe/Berlin</extracomment>
        <translation>このコンピューターのタイムゾーン (%1)</translation>
    </message>
    <message>
        <source>Another zone</source>
        <extracomment>Preferences, timeline zone choice: a zone picked below</extracomment>
        <translation>別のタイムゾーン</translation>
    </message>
    <message>
        <source>&amp;Timeline in:</source>
        <extracomment>Form label in the Preferences dialog: the time zone the timeline is drawn in</extracomment>
        <translation>タイムラインの表示(&amp;T):</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <extracomment>Preferences, Appearance choice: light or dark as the desktop is set</extracomment>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Preferences, Appearance choice: light colours</extracomment>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Preferences, Appearance choice: dark colours</extracomment>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <extracomment>Form label in the Preferences dialog: light or dark colours</extracomment>
        <translation>外観(&amp;A):</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>The language choice that follows the computer&apos;s language settings</extracomment>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Appearance: black and white with a yellow focus frame, for low vision.</extracomment>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <extracomment>Form label in the Preferences dialog: the language of the user interface</extracomment>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect when Sunrelay next starts.</source>
        <translation>新しい言語は Sunrelay の次回起動時に反映されます。</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PublishDialog</name>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>パスワードをシステムのキーリングに保存する(&amp;R)</translation>
    </message>
    <message>
        <source>Publish to a Calendar Server</source>
        <translation>カレンダーサーバーに公開</translation>
    </message>
    <message>
        <source>Unencrypted Connection</source>
        <extracomment>Title of the warning box before publishing over plain http://</extracomment>
        <translation>暗号化されていない接続</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://). Your password and the plan&apos;s calendars would travel in clear text. Publish anyway?</source>
        <translation>%1 は暗号化されていません (http://)。パスワードとプランのカレンダーが平文で送信されます。それでも公開しますか?</translation>
    </message>
    <message>
        <source>Everything: every member, every region, all handoffs</source>
        <translation>すべて: 全メンバー、全地域、すべての引き継ぎ</translation>
    </message>
    <message>
        <source>A region and its members</source>
        <extracomment>Publish dialog, choice of calendars: one region&apos;s calendar and each of its members&apos;</extracomment>
        <translation>地域とそのメンバー</translation>
    </message>
    <message>
        <source>One member</source>
        <extracomment>Publish dialog, choice of calendars: one member&apos;s calendar only</extracomment>
        <translation>1 人のメンバー</translation>
    </message>
    <message>
        <source>Region or member</source>
        <extracomment>Accessible name of the Publish dialog&apos;s field choosing which region or member</extracomment>
        <translation>地域またはメンバー</translation>
    </message>
    <message>
        <source>%v of %m calendars</source>
        <extracomment>Publish dialog progress bar; %v is the number of calendars done, %m how many there are in all</extracomment>
        <translation>カレンダー %v / %m 件</translation>
    </message>
    <message>
        <source>Publish summary</source>
        <extracomment>Accessible name of the Publish dialog&apos;s report of what was published</extracomment>
        <translation>公開の概要</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <extracomment>OK button of the Publish dialog: publishes the calendars to the CalDAV server</extracomment>
        <translation>公開(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <extracomment>Form label in the Publish dialog: the CalDAV server&apos;s address</extracomment>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <extracomment>Form label in the Publish dialog: the user name on the CalDAV server</extracomment>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <extracomment>Form label in the Publish dialog: the password on the CalDAV server</extracomment>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Calendars t&amp;o publish:</source>
        <extracomment>Form label in the Publish dialog: whose calendars to publish</extracomment>
        <translation>公開するカレンダー(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Dates (UTC):</source>
        <extracomment>Form label in the Publish dialog: the range of dates to publish, in UTC</extracomment>
        <translation>日付 (UTC)(&amp;D):</translation>
    </message>
    <message>
        <source>No system keyring is available: the password is asked each time.</source>
        <translation>システムのキーリングを利用できないため、パスワードは毎回入力する必要があります。</translation>
    </message>
    <message>
        <source>The password was not saved in the system keyring: %1</source>
        <translation>パスワードをシステムのキーリングに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Enter the user name and the password of the calendar server.</source>
        <translation>カレンダーサーバーのユーザー名とパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Choose dates that run forwards over at most three years.</source>
        <translation>開始日が終了日より前で、期間が 3 年以内になるように日付を選んでください。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>Publish dialog status while stopping a publish in progress</extracomment>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <extracomment>Close button of the Publish dialog while publishing: stops it</extracomment>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <extracomment>Close button of the Publish dialog when nothing is being published: closes it</extracomment>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Reading what the server has…</source>
        <translation>サーバー上の内容を読み込んでいます…</translation>
    </message>
    <message>
        <source>Published %1.</source>
        <extracomment>Progress while publishing; %1 is the name of the calendar just published.</extracomment>
        <translation>%1 を公開しました。</translation>
    </message>
    <message>
        <source>Cancelled. Publish again to complete: what was published stays.</source>
        <translation>キャンセルしました。完了するには、もう一度公開してください。公開済みの内容はそのまま残ります。</translation>
    </message>
    <message>
        <source>Published.</source>
        <extracomment>Publish dialog status when every calendar was published</extracomment>
        <translation>公開しました。</translation>
    </message>
    <message>
        <source>Not everything was published: see below.</source>
        <translation>一部を公開できませんでした。詳細は下記を参照してください。</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 deleted, %5 unchanged</source>
        <extracomment>One calendar in the publish summary; %1 is its name</extracomment>
        <translation>%1: 作成 %2、更新 %3、削除 %4、変更なし %5</translation>
    </message>
    <message>
        <source>    Conflict: %1</source>
        <extracomment>Publish report line under a calendar, indented; %1 says which event changed on the server meanwhile</extracomment>
        <translation>    競合: %1</translation>
    </message>
    <message>
        <source>    Error: %1</source>
        <extracomment>Publish report line under a calendar, indented; %1 is the server&apos;s or network&apos;s error</extracomment>
        <translation>    エラー: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>Publish report line; %1 is an error that stopped the whole publish</extracomment>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Pu&amp;blish to Calendar Server…</source>
        <extracomment>Plan menu: publish the plan&apos;s calendars to a CalDAV server</extracomment>
        <translation>カレンダーサーバーに公開(&amp;B)…</translation>
    </message>
    <message>
        <source>Use &amp;Existing Calendars…</source>
        <extracomment>Publish dialog button: opens a dialog to publish into calendars that already exist on the server instead of creating new ones</extracomment>
        <translation>既存のカレンダーを使用(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) go into existing calendars.</source>
        <extracomment>Beside &quot;Use Existing Calendars…&quot;</extracomment>
        <translation>
            <numerusform>%n 個のカレンダーを既存のカレンダーに公開します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing calendars: %1</source>
        <extracomment>%1 says what is wrong with a calendar map</extracomment>
        <translation>既存のカレンダー: %1</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::RegionsModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <extracomment>Tooltip of a region in the Team panel: how many members it has</extracomment>
        <translation>
            <numerusform>メンバー %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::SaveFileField</name>
    <message>
        <source>File</source>
        <extracomment>Accessible name of an export dialog&apos;s file path field</extracomment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button beside an export dialog&apos;s file path: opens a file dialog</extracomment>
        <translation>参照…</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ShortcutsDialog</name>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <extracomment>Help menu item: lists the keyboard shortcuts</extracomment>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Section heading: shortcuts in the world timeline view</extracomment>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Timeline, selected task</source>
        <extracomment>Section heading in the Keyboard Shortcuts dialog: keys on the timeline while a task is selected</extracomment>
        <translation>タイムライン (タスクを選択中)</translation>
    </message>
    <message>
        <source>Member dialog, week grid</source>
        <extracomment>Section heading in the Keyboard Shortcuts dialog: keys in the week grid of the member dialog, where a member&apos;s weekly hours are drawn</extracomment>
        <translation>メンバーダイアログの週グリッド</translation>
    </message>
    <message>
        <source>Pan earlier / later</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: scroll the timeline to earlier or later times</extracomment>
        <translation>前後にスクロール</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: show less time, larger (a verb)</extracomment>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: show more time, smaller (a verb)</extracomment>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom at the pointer</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: zoom in or out around the time under the mouse pointer</extracomment>
        <translation>ポインターの位置で拡大/縮小</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Ctrl and turn the mouse wheel; name the key as keyboards in your language label it (German: Strg)</extracomment>
        <translation>Ctrl+ホイール</translation>
    </message>
    <message>
        <source>Pan with the wheel</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: scroll through time by turning the mouse wheel</extracomment>
        <translation>ホイールでスクロール</translation>
    </message>
    <message>
        <source>Shift+Wheel</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Shift and turn the mouse wheel; name the key as keyboards in your language label it (German: Umschalt)</extracomment>
        <translation>Shift+ホイール</translation>
    </message>
    <message>
        <source>Go to today</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: scroll the timeline to the current day</extracomment>
        <translation>今日へ移動</translation>
    </message>
    <message>
        <source>Next handoff</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: step to the next handoff in time and show it</extracomment>
        <translation>次の引き継ぎ</translation>
    </message>
    <message>
        <source>Previous handoff</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: step to the previous handoff in time and show it</extracomment>
        <translation>前の引き継ぎ</translation>
    </message>
    <message>
        <source>Previous / next row</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: move the keyboard focus to the row (region or member) above or below</extracomment>
        <translation>前の行 / 次の行</translation>
    </message>
    <message>
        <source>Expand or collapse the region; open the member</source>
        <translation>地域を展開/折りたたみ、メンバーを開く</translation>
    </message>
    <message>
        <source>Show or hide the time cursor</source>
        <translation>時刻カーソルの表示/非表示</translation>
    </message>
    <message>
        <source>Move the time cursor 15 minutes</source>
        <translation>時刻カーソルを 15 分移動</translation>
    </message>
    <message>
        <source>Drag a task or block in 1-minute steps</source>
        <translation>タスクや枠を 1 分単位でドラッグ</translation>
    </message>
    <message>
        <source>Shift+Drag</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Shift and drag with the mouse; name the key as keyboards in your language label it (German: Umschalt)</extracomment>
        <translation>Shift+ドラッグ</translation>
    </message>
    <message>
        <source>Drag a block: change only the day grabbed</source>
        <translation>枠をドラッグ: つかんだ曜日だけを変更</translation>
    </message>
    <message>
        <source>Alt+Drag</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Alt and drag with the mouse</extracomment>
        <translation>Alt+ドラッグ</translation>
    </message>
    <message>
        <source>Deselect the task; cancel a drag</source>
        <translation>タスクの選択を解除、ドラッグを取り消し</translation>
    </message>
    <message>
        <source>Move 15 minutes earlier / later</source>
        <translation>15 分前 / 後に移動</translation>
    </message>
    <message>
        <source>Move 1 minute earlier / later</source>
        <translation>1 分前 / 後に移動</translation>
    </message>
    <message>
        <source>Move to the region above / below</source>
        <translation>上 / 下の地域に移動</translation>
    </message>
    <message>
        <source>Place at a date and time…</source>
        <translation>日時を指定して配置…</translation>
    </message>
    <message>
        <source>Back to the backlog</source>
        <extracomment>Keyboard Shortcuts dialog, selected task: unplace the task, so it goes back to the backlog of tasks with no start</extracomment>
        <translation>バックログに戻す</translation>
    </message>
    <message>
        <source>Select the previous / next range</source>
        <translation>前 / 次の時間帯を選択</translation>
    </message>
    <message>
        <source>Move the range 15 minutes</source>
        <translation>時間帯を 15 分移動</translation>
    </message>
    <message>
        <source>Move the range 1 minute</source>
        <translation>時間帯を 1 分移動</translation>
    </message>
    <message>
        <source>Shorten / lengthen the range 15 minutes (Shift: 1 minute)</source>
        <translation>時間帯を 15 分短く / 長く (Shift: 1 分)</translation>
    </message>
    <message>
        <source>Move the range to the previous / next day</source>
        <translation>時間帯を前 / 次の曜日に移動</translation>
    </message>
    <message>
        <source>Remove the selected range or day</source>
        <translation>選択した時間帯または曜日を削除</translation>
    </message>
    <message>
        <source>Remove that day of a range</source>
        <translation>時間帯のその曜日を削除</translation>
    </message>
    <message>
        <source>Right-click</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: click with the right mouse button</extracomment>
        <translation>右クリック</translation>
    </message>
    <message>
        <source>Drag in 1-minute steps</source>
        <extracomment>Keyboard Shortcuts dialog, week grid: drag a range or its edges in steps of one minute instead of 15</extracomment>
        <translation>1 分単位でドラッグ</translation>
    </message>
    <message>
        <source>Cancel a drag</source>
        <extracomment>Keyboard Shortcuts dialog, week grid: stop a drag and put the range back as it was</extracomment>
        <translation>ドラッグを取り消し</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <extracomment>Title of the Keyboard Shortcuts dialog (Help menu)</extracomment>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <extracomment>Placeholder text of the Keyboard Shortcuts dialog&apos;s search field</extracomment>
        <translation>操作とキーを検索</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <extracomment>Accessible name of the Keyboard Shortcuts dialog&apos;s search field</extracomment>
        <translation>ショートカットを検索</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: what a key or mouse gesture does</extracomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <extracomment>Column header: the key or mouse gesture</extracomment>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between key bindings</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>My week</source>
        <extracomment>Keyboard Shortcuts dialog: group heading for the keys of the My Week page</extracomment>
        <translation>マイウィーク</translation>
    </message>
    <message>
        <source>Previous / next block</source>
        <extracomment>Keyboard Shortcuts dialog, My Week: moves the selection to the previous or next block</extracomment>
        <translation>前 / 次のブロック</translation>
    </message>
    <message>
        <source>First block of the previous / next day</source>
        <translation>前日 / 翌日の最初のブロック</translation>
    </message>
    <message>
        <source>First / last block of the week</source>
        <translation>週の最初 / 最後のブロック</translation>
    </message>
    <message>
        <source>Show the block&apos;s details</source>
        <extracomment>Keyboard Shortcuts dialog, My Week: opens the details of the selected block</extracomment>
        <translation>ブロックの詳細を表示</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TaskDetailsPanel</name>
    <message>
        <source>Write a note for whoever picks this up: what is done, what is next, what blocks it, links.</source>
        <translation>このタスクを受け取る人へのメモを書いてください: 終わったこと、次にやること、妨げになっていること、リンクなど。</translation>
    </message>
    <message>
        <source>Select a task in the backlog or on the timeline to see where it goes.</source>
        <translation>バックログかタイムラインでタスクを選択すると、その経路が表示されます。</translation>
    </message>
    <message>
        <source>In the backlog: drag it onto a region&apos;s row on the timeline, or use Place at…</source>
        <translation>バックログにあります: タイムラインの地域の行にドラッグするか、「日時を指定して配置…」を使ってください</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A task&apos;s id and title as the panel&apos;s heading: &quot;T-1 · Release notes&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of work · priority %2</source>
        <extracomment>Task details: %1 the work the task needs (&quot;2 h&quot;), %2 its priority (1 is the highest)</extracomment>
        <translation>作業 %1 · 優先度 %2</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <extracomment>Task details: where the task is placed; %1 says the region and start time</extracomment>
        <translation>%1 で開始</translation>
    </message>
    <message>
        <source>Nobody is free to take it then: first picked up %1 (waits %2)</source>
        <translation>その時間に担当できる人がいません: 最初の受け取りは %1 (%2待ち)</translation>
    </message>
    <message>
        <source>Misses its deadline by %1.</source>
        <translation>期限に %1遅れます。</translation>
    </message>
    <message>
        <source>Route</source>
        <extracomment>Heading: the legs of a task from member to member across regions</extracomment>
        <translation>経路</translation>
    </message>
    <message>
        <source>Note on handoff %1</source>
        <extracomment>Accessible name of the note field for one handoff of the task; %1 is the handoff&apos;s number</extracomment>
        <translation>引き継ぎ %1 のメモ</translation>
    </message>
    <message>
        <source>Done: 
Next: 
Blockers: 
Links: </source>
        <extracomment>Template for a new handoff note: keep the line breaks; translate the four headings</extracomment>
        <translation>完了: 
次: 
妨げ: 
リンク: </translation>
    </message>
    <message>
        <source>%1 of work · priority %2 · deadline %3</source>
        <extracomment>Task details: %1 the work the task needs (&quot;2 h&quot;), %2 its priority (1 is the highest), %3 its deadline&apos;s date and time</extracomment>
        <translation>作業 %1 · 優先度 %2 · 期限 %3</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TaskDialog</name>
    <message>
        <source>Enter a title: it is how the task shows on the timeline.</source>
        <translation>タイトルを入力してください。タイムライン上でのタスクの表示に使われます。</translation>
    </message>
    <message>
        <source>Enter the effort in hours, e.g. 1.5 for 1 h 30 min.</source>
        <translation>工数を時間で入力してください。例: 1 時間 30 分なら 1.5。</translation>
    </message>
    <message>
        <source>“%1” is not an effort Sunrelay can plan: enter at least %2 of work and at most %3 hours.</source>
        <translation>「%1」は Sunrelay で計画できる工数ではありません。%2 以上、%3 時間以下の作業量を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list or type an IANA name such as Europe/Berlin.</source>
        <translation>「%1」は Sunrelay が認識できるタイムゾーンではありません。一覧から選択するか、Europe/Berlin のような IANA 名を入力してください。</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Accessible name of the task dialog&apos;s title field</extracomment>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>やるべきこと</translation>
    </message>
    <message>
        <source>Title problem</source>
        <extracomment>Accessible name of the message shown under the task dialog&apos;s title field when it is invalid</extracomment>
        <translation>タイトルの問題</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Form label in the task dialog: the task&apos;s title</extracomment>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>Effort in hours</source>
        <extracomment>Accessible name of the task dialog&apos;s effort field</extracomment>
        <translation>工数 (時間)</translation>
    </message>
    <message>
        <source>hours</source>
        <extracomment>Placeholder in the effort field: the unit typed</extracomment>
        <translation>時間</translation>
    </message>
    <message>
        <source>Effort problem</source>
        <extracomment>Accessible name of the message shown under the task dialog&apos;s effort field when it is invalid</extracomment>
        <translation>工数の問題</translation>
    </message>
    <message>
        <source>&amp;Effort (hours):</source>
        <extracomment>Form label in the task dialog: the work the task takes, in hours</extracomment>
        <translation>工数 (時間)(&amp;E):</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Accessible name of the task dialog&apos;s priority field</extracomment>
        <translation>優先度</translation>
    </message>
    <message>
        <source>1 is the highest: tasks are worked in priority order.</source>
        <translation>1 が最高です。タスクは優先度の順に処理されます。</translation>
    </message>
    <message>
        <source>1 is the highest</source>
        <extracomment>Hint beside the task dialog&apos;s priority field: priority 1 comes first</extracomment>
        <translation>1 が最高</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <extracomment>Form label in the task dialog: the task&apos;s priority</extracomment>
        <translation>優先度(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <extracomment>Check box used as a form label in the task dialog: the task has a deadline</extracomment>
        <translation>期限(&amp;D):</translation>
    </message>
    <message>
        <source>Has a deadline</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline check box</extracomment>
        <translation>期限あり</translation>
    </message>
    <message>
        <source>Deadline date</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline date field</extracomment>
        <translation>期限の日付</translation>
    </message>
    <message>
        <source>Deadline time</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline time field</extracomment>
        <translation>期限の時刻</translation>
    </message>
    <message>
        <source>Deadline time zone</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline time zone field</extracomment>
        <translation>期限のタイムゾーン</translation>
    </message>
    <message>
        <source>Deadline note</source>
        <extracomment>Accessible name of the note under the deadline saying what it is in other time zones</extracomment>
        <translation>期限に関する注意</translation>
    </message>
    <message>
        <source>Deadline problem</source>
        <extracomment>Accessible name of the message shown under the deadline fields when they are invalid</extracomment>
        <translation>期限の問題</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Accessible name of the task dialog&apos;s notes field</extracomment>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Links, context, who to ask</source>
        <translation>リンク、背景、問い合わせ先</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <extracomment>Form label in the task dialog: free-text notes on the task</extracomment>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>Beside the effort field: the hours typed, written out; %1 is e.g. &quot;1 h 30 min&quot;</extracomment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <extracomment>Title of the task dialog when adding a task; %1 is the task&apos;s id</extracomment>
        <translation>タスク %1 を追加</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <extracomment>Title of the task dialog when editing a task; %1 is the task&apos;s id</extracomment>
        <translation>タスク %1 を編集</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TasksModel</name>
    <message>
        <source>not within the horizon</source>
        <extracomment>Backlog table, Finish column: the task does not finish within the days computed</extracomment>
        <translation>計算範囲内に終了しない</translation>
    </message>
    <message>
        <source>%1 · late by %2</source>
        <extracomment>Backlog table, Finish column: when the task finishes, and by how much it misses its deadline: &quot;Tue 3 Nov 14:00 · late by 5 h&quot;</extracomment>
        <translation>%1 · %2遅れ</translation>
    </message>
    <message>
        <source>Misses its deadline, %1.</source>
        <extracomment>Backlog tooltip line for a late task; %1 is its deadline (date and time)</extracomment>
        <translation>期限に間に合いません (%1)。</translation>
    </message>
    <message>
        <source>Not finished by the end of the routing horizon, %1.</source>
        <translation>ルーティングの計算範囲の終わり (%1) までに終了しません。</translation>
    </message>
    <message>
        <source>Alone in its starting region it would finish %1.</source>
        <translation>開始地域だけなら %1 に終了します。</translation>
    </message>
    <message>
        <source>Times in %1, the reference zone</source>
        <translation>時刻は基準タイムゾーン %1 で表示</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Column header: the task&apos;s short id (&quot;T-1&quot;)</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column header in the Backlog panel&apos;s task table: the task&apos;s title</extracomment>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Effort</source>
        <extracomment>Column header: the task&apos;s work in hours</extracomment>
        <translation>工数</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Column header in the Backlog panel&apos;s task table: the task&apos;s priority (1 is highest)</extracomment>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Deadline</source>
        <extracomment>Column header in the Backlog panel&apos;s task table: the task&apos;s deadline</extracomment>
        <translation>期限</translation>
    </message>
    <message>
        <source>Placement</source>
        <extracomment>Column header: which region and when a task starts, or Backlog</extracomment>
        <translation>配置</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Column header: when the task is done</extracomment>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TeamPanel</name>
    <message>
        <source>No member matches “%1”.</source>
        <extracomment>Placeholder over the Team panel&apos;s member table when the filter matches nobody; %1 is the filter text</extracomment>
        <translation>「%1」に一致するメンバーはいません。</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <extracomment>Placeholder over the Team panel&apos;s member table when the plan has no members</extracomment>
        <translation>メンバーはまだいません。</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <extracomment>Heading of the Team panel&apos;s list of regions (team sites)</extracomment>
        <translation>地域(&amp;R)</translation>
    </message>
    <message>
        <source>Regions</source>
        <extracomment>Accessible name of the Team panel&apos;s list of regions (team sites)</extracomment>
        <translation>地域</translation>
    </message>
    <message>
        <source>Add region</source>
        <extracomment>Tooltip of a tool button in the Team panel: adds a region</extracomment>
        <translation>地域を追加</translation>
    </message>
    <message>
        <source>Region colour…</source>
        <extracomment>Tooltip of a tool button in the Team panel: picks the selected region&apos;s colour</extracomment>
        <translation>地域の色…</translation>
    </message>
    <message>
        <source>Move region up</source>
        <extracomment>Tooltip of a tool button in the Team panel: moves the selected region up the list</extracomment>
        <translation>地域を上へ移動</translation>
    </message>
    <message>
        <source>Move region down</source>
        <extracomment>Tooltip of a tool button in the Team panel: moves the selected region down the list</extracomment>
        <translation>地域を下へ移動</translation>
    </message>
    <message>
        <source>Delete region</source>
        <extracomment>Tooltip of a tool button in the Team panel: deletes the selected region</extracomment>
        <translation>地域を削除</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>Accessible name of the Team panel&apos;s member table</extracomment>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <extracomment>Heading of the Team panel&apos;s member table</extracomment>
        <translation>メンバー(&amp;M)</translation>
    </message>
    <message>
        <source>Filter by name, region or zone</source>
        <translation>名前、地域、タイムゾーンで絞り込み</translation>
    </message>
    <message>
        <source>Filter members</source>
        <extracomment>Accessible name of the filter field above the Team panel&apos;s member table</extracomment>
        <translation>メンバーを絞り込み</translation>
    </message>
    <message>
        <source>Add member…</source>
        <extracomment>Tooltip of a tool button in the Team panel: opens the dialog that adds a member</extracomment>
        <translation>メンバーを追加…</translation>
    </message>
    <message>
        <source>Show member…</source>
        <extracomment>Tooltip of a tool button in the Team panel: shows the selected member (plan opened read-only)</extracomment>
        <translation>メンバーを表示…</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <extracomment>Tooltip of a tool button in the Team panel: opens the selected member for editing</extracomment>
        <translation>メンバーを編集…</translation>
    </message>
    <message>
        <source>Delete member</source>
        <extracomment>Tooltip of a tool button in the Team panel: deletes the selected member</extracomment>
        <translation>メンバーを削除</translation>
    </message>
    <message>
        <source>Notice</source>
        <extracomment>Screen-reader name of a note above the members table</extracomment>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <extracomment>Title of the colour dialog for a region; %1 is the region&apos;s name</extracomment>
        <translation>%1 の色</translation>
    </message>
    <message>
        <source>&amp;Delete Region</source>
        <extracomment>Button in the box asking whether to delete a region</extracomment>
        <translation>地域を削除(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1: %2 went back to the backlog. Edit &gt; Undo puts them back.</source>
        <translation>
            <numerusform>%1 を削除しました: %2 はバックログに戻りました。[編集] &gt; [元に戻す] で元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings the member back.</source>
        <translation>[編集] &gt; [元に戻す] でメンバーを元に戻せます。</translation>
    </message>
    <message>
        <source>Region %1</source>
        <extracomment>Default name of a newly added region; %1 is its number in the list</extracomment>
        <translation>地域 %1</translation>
    </message>
    <message>
        <source>Add member</source>
        <extracomment>Title of the message box that asks to add a region before adding a member</extracomment>
        <translation>メンバーを追加</translation>
    </message>
    <message>
        <source>Add a region first: every member belongs to one.</source>
        <translation>先に地域を追加してください。メンバーは必ずいずれかの地域に所属します。</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <extracomment>Title of the member dialog for a read-only plan; %1 is the member&apos;s name</extracomment>
        <translation>%1 [読み取り専用]</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Title of the member dialog; %1 is the member&apos;s name</extracomment>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two task ids</comment>
        <extracomment>A list of two task ids in a sentence, e.g. &quot;T-3 and T-7&quot;</extracomment>
        <translation>%1 と %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three task ids</comment>
        <extracomment>A list of three task ids in a sentence, e.g. &quot;T-3, T-7 and T-9&quot;</extracomment>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <comment>task ids</comment>
        <translation>
            <numerusform>%1、%2 ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)? You can undo this.</source>
        <translation>
            <numerusform>%1 とそのメンバー %n 人を削除しますか? この操作は元に戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)?</source>
        <translation>
            <numerusform>%1 とそのメンバー %n 人を削除しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be unplaced. You can undo this.</source>
        <comment>%1: task ids</comment>
        <translation>
            <numerusform>%1 の配置を解除します。この操作は元に戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the last member of %2: %3 will wait until someone covers %2 again.</source>
        <comment>%3: task ids</comment>
        <translation>
            <numerusform>%1 は %2 の最後のメンバーです: %3 は、再び誰かが %2 をカバーするまで待ちます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed.</source>
        <comment>%2: task ids</comment>
        <translation>
            <numerusform>%1 は %2 を担当しています。これらは経路が再計算されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed to the rest of %3.</source>
        <comment>%2: task ids</comment>
        <translation>
            <numerusform>%1 は %2 を担当しています。これらは %3 の残りのメンバーに割り当て直されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TimelineView</name>
    <message>
        <source>Times in %1</source>
        <extracomment>Timeline axis caption; %1 is the city of the zone the timeline is drawn in</extracomment>
        <translation>時刻は %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of clock times: &quot;09:00–17:30&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>While dragging a block of hours: old value → new value</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 only</source>
        <extracomment>While dragging a block of hours with Alt: only this weekday changes; %1 is the weekday</extracomment>
        <translation>%1 のみ</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4
%5 %6</source>
        <extracomment>Tooltip while dragging a block: %1 &quot;Deep work&quot; or &quot;Working hours&quot;, %2 the days changed, %3 the hours before → after in the member&apos;s zone, %4 that zone&apos;s city; next line %5 the same in the timeline&apos;s zone, %6 its city</extracomment>
        <translation>%1、%2: %3 %4
%5 %6</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>Label of a deep-work block being dragged, first in &quot;Deep work, Mon–Fri: …&quot;</extracomment>
        <translation>ディープワーク</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>Label of a working-hours block being dragged, first in &quot;Working hours, Mon–Fri: …&quot;</extracomment>
        <translation>勤務時間</translation>
    </message>
    <message>
        <source>Hold Alt to change %1 only</source>
        <translation>Alt キーを押したままにすると %1 だけを変更します</translation>
    </message>
    <message>
        <source>Release Alt to change %1</source>
        <translation>Alt キーを離すと %1 を変更します</translation>
    </message>
    <message>
        <source>Move %1&apos;s %2 deep work</source>
        <translation>%1 の %2 のディープワークを移動</translation>
    </message>
    <message>
        <source>Move %1&apos;s %2 working hours</source>
        <translation>%1 の %2 の勤務時間を移動</translation>
    </message>
    <message>
        <source>Resize %1&apos;s %2 deep work</source>
        <translation>%1 の %2 のディープワークの長さを変更</translation>
    </message>
    <message>
        <source>Resize %1&apos;s %2 working hours</source>
        <translation>%1 の %2 の勤務時間の長さを変更</translation>
    </message>
    <message>
        <source>Move %1&apos;s deep work (%2)</source>
        <translation>%1 のディープワークを移動 (%2)</translation>
    </message>
    <message>
        <source>Move %1&apos;s working hours (%2)</source>
        <translation>%1 の勤務時間を移動 (%2)</translation>
    </message>
    <message>
        <source>Resize %1&apos;s deep work (%2)</source>
        <translation>%1 のディープワークの長さを変更 (%2)</translation>
    </message>
    <message>
        <source>Resize %1&apos;s working hours (%2)</source>
        <translation>%1 の勤務時間の長さを変更 (%2)</translation>
    </message>
    <message>
        <source>Waits %1 in a gap, until %2 %3: %4 is the first region back</source>
        <translation>空白で %1 待ち、%2 (%3) まで: 最初に戻るのは %4 です</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A day and a clock time: &quot;Tue 09:00&quot;
----------
A weekday and a clock time on the time cursor: &quot;Mon 09:00&quot;
----------
A task&apos;s id and title on its bar: &quot;T-1 Release notes&quot;
----------
A weekday and a clock time: &quot;Mon 09:00&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Overlap of %1: %2 worked alongside %3 longest</source>
        <translation>重なり %1: %2 が %3 と最も長く並行して勤務していました</translation>
    </message>
    <message>
        <source>No overlap: %1 starts as %2 stops</source>
        <translation>重なりなし: %2 の終了と同時に %1 が開始</translation>
    </message>
    <message>
        <source>No sync slot: async handoff with a written note</source>
        <translation>同期枠なし: 書面のメモによる非同期の引き継ぎ</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <extracomment>A sync slot in one zone: &quot;13:00–13:15 Berlin&quot;</extracomment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>Sync slot %1</source>
        <extracomment>Handoff tooltip: the live meeting slot; %1 is its times in each region</extracomment>
        <translation>同期枠 %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <extracomment>A time in a member&apos;s zone and in the reference zone: &quot;09:00 Berlin · 08:00 UTC&quot;</extracomment>
        <translation>%1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>Handoff %1 → %2, %3</source>
        <extracomment>Handoff tooltip, first line: %1 the region handing off, %2 the region taking over, %3 the day: &quot;Handoff EMEA → AMER, Mon 2 Nov&quot;</extracomment>
        <translation>引き継ぎ %1 → %2、%3</translation>
    </message>
    <message>
        <source>Leaves %1: %2</source>
        <extracomment>Handoff tooltip: %1 is the region handing off, %2 the time it leaves in both zones</extracomment>
        <translation>%1 を出発: %2</translation>
    </message>
    <message>
        <source>Picked up in %1: %2</source>
        <translation>%1 で受け取り: %2</translation>
    </message>
    <message>
        <source>Nobody in %1 works then: it starts %2</source>
        <translation>%1 ではその時間に誰も勤務していません: 開始は %2 です</translation>
    </message>
    <message>
        <source>Nobody in %1 works in these days: it starts when someone does</source>
        <translation>%1 ではこの期間に誰も勤務していません: 誰かが勤務を始めたときに開始します</translation>
    </message>
    <message>
        <source>late by %1</source>
        <extracomment>Timeline label at a late task&apos;s finish; %1 is a duration, e.g. &quot;3 h&quot;</extracomment>
        <translation>%1遅れ</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <extracomment>Task tooltip, last line: the handoff that ends this part of the route; %1 describes it (&quot;EMEA → AMER at 17:00 …&quot;)</extracomment>
        <translation>次: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>Task tooltip line: the handoff note; %1 is its text</extracomment>
        <translation>メモ: %1</translation>
    </message>
    <message>
        <source>Misses its deadline by %1.</source>
        <translation>期限に %1遅れます。</translation>
    </message>
    <message>
        <source>%1
Placed in %2</source>
        <extracomment>Tooltip of a pinned task start; %1 is the task, %2 the region it is placed in</extracomment>
        <translation>%1
%2 に配置</translation>
    </message>
    <message>
        <source>Nobody is free to take it then: first picked up %1 (waits %2)</source>
        <translation>その時間に担当できる人がいません: 最初の受け取りは %1 (%2待ち)</translation>
    </message>
    <message numerus="yes">
        <source>%1 waits</source>
        <extracomment>Time cursor, on a region&apos;s row: the tasks waiting in the region at that moment, held by no member; %1 lists their ids (&quot;T-12, T-14&quot;)</extracomment>
        <translation>
            <numerusform>%1 が待機中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A member&apos;s local time and the tasks waiting: &quot;Mon 09:00 · T-1, T-2 waits&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Separate %1 from %2</source>
        <extracomment>Timeline context menu on a block of hours shared by several days; %1 is the weekday clicked, %2 the other days</extracomment>
        <translation>%1 を %2 から分ける</translation>
    </message>
    <message>
        <source>Separate %1&apos;s %2 deep work</source>
        <translation>%1 の %2 のディープワークを分ける</translation>
    </message>
    <message>
        <source>Separate %1&apos;s %2 working hours</source>
        <translation>%1 の %2 の勤務時間を分ける</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <extracomment>Timeline context menu: opens the member dialog; %1 is the member&apos;s name</extracomment>
        <translation>%1 を編集…</translation>
    </message>
    <message>
        <source>No handoff in the next two weeks</source>
        <translation>今後 2 週間に引き継ぎはありません</translation>
    </message>
    <message>
        <source>No handoff in the last two weeks</source>
        <translation>過去 2 週間に引き継ぎはありません</translation>
    </message>
    <message>
        <source>Gap: nobody covers for %1
%2 – %3</source>
        <translation>空白: %1 の間、誰もカバーしていません
%2 – %3</translation>
    </message>
    <message>
        <source>%1 covers %2 – %3</source>
        <extracomment>Timeline tooltip on a region&apos;s row: %1 the region, %2 and %3 the start and end of the stretch someone there works: &quot;EMEA covers Mon 07:00 – Mon 17:00&quot;</extracomment>
        <translation>%1 のカバー時間 %2 – %3</translation>
    </message>
    <message>
        <source>Clocks go forward %1 on %2: %3 → %4 %5</source>
        <translation>%2 に時計が %1進みます: %3 → %4 %5</translation>
    </message>
    <message>
        <source>Clocks go back %1 on %2: %3 → %4 %5</source>
        <translation>%2 に時計が %1戻ります: %3 → %4 %5</translation>
    </message>
    <message>
        <source>%1: deep work, protected
%2 – %3
%4 – %5
Handoffs, sync slots and meetings must stay out of it.</source>
        <translation>%1: ディープワーク (保護)
%2 – %3
%4 – %5
引き継ぎ、同期枠、会議はこの中に入れないでください。</translation>
    </message>
    <message>
        <source>%1: comms window
%2 – %3</source>
        <extracomment>Screen-reader text of a comms window on the timeline: %1 the member, %2 and %3 its start and end in the member&apos;s and the timeline&apos;s zone</extracomment>
        <translation>%1: 連絡時間帯
%2 – %3</translation>
    </message>
    <message>
        <source>%1: working hours
%2 – %3</source>
        <extracomment>Screen-reader text of working hours on the timeline: %1 the member, %2 and %3 their start and end in the member&apos;s and the timeline&apos;s zone</extracomment>
        <translation>%1: 勤務時間
%2 – %3</translation>
    </message>
    <message>
        <source>%1: time off</source>
        <extracomment>Timeline tooltip; %1 is a member&apos;s name</extracomment>
        <translation>%1: 休暇</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>A member, their local time and zone id: &quot;Ana, 09:00 (America/Sao_Paulo)&quot;</extracomment>
        <translation>%1、%2 (%3)</translation>
    </message>
    <message>
        <source>World timeline</source>
        <extracomment>Accessible name of the timeline (every region&apos;s and member&apos;s hours across time zones)</extracomment>
        <translation>ワールドタイムライン</translation>
    </message>
    <message>
        <source>Regions and members over time, with the placed tasks. Arrow keys pan, plus and minus zoom, Up and Down choose a row, Enter opens it, ] and [ show the next and previous handoff, C pins the time cursor (Shift+Left and Right move it). On a selected task: Ctrl+Left and Right move it 15 minutes (with Shift one minute), Ctrl+Up and Down to another region, P places it at a time, Delete unplaces it. Escape cancels a drag.</source>
        <translation>地域とメンバーの時間の流れと、配置済みのタスク。矢印キーでスクロール、プラスとマイナスで拡大/縮小、上下キーで行を選び、Enter で開きます。] と [ で次と前の引き継ぎを表示、C で時刻カーソルを固定します (Shift+左右キーで移動)。タスクを選択中は、Ctrl+左右キーで 15 分移動 (Shift を加えると 1 分)、Ctrl+上下キーで別の地域へ移動、P で日時を指定して配置、Delete で配置を解除します。Esc でドラッグを取り消します。</translation>
    </message>
    <message>
        <source>Member row; Enter opens the member</source>
        <extracomment>Screen readers, a member&apos;s row on the timeline.</extracomment>
        <translation>メンバーの行。Enter キーでメンバーを開きます</translation>
    </message>
    <message>
        <source>Region row, open; Enter folds it</source>
        <extracomment>Screen readers, a region&apos;s row on the timeline, its members shown.</extracomment>
        <translation>地域の行、展開中。Enter キーで折りたたみます</translation>
    </message>
    <message>
        <source>Region row, folded; Enter opens it</source>
        <translation>地域の行、折りたたみ中。Enter キーで展開します</translation>
    </message>
    <message>
        <source>Give %1 its own deep work so that dragging it changes that day only (or drag with Alt held)</source>
        <extracomment>Tooltip of &quot;Separate %1 from %2&quot; on a deep-work block; %1 is the weekday clicked</extracomment>
        <translation>%1 に専用のディープワークを設定し、ドラッグしてもその曜日だけが変わるようにします (Alt キーを押しながらドラッグしても同じです)</translation>
    </message>
    <message>
        <source>Give %1 its own working hours so that dragging it changes that day only (or drag with Alt held)</source>
        <extracomment>Tooltip of &quot;Separate %1 from %2&quot; on a working-hours block; %1 is the weekday clicked</extracomment>
        <translation>%1 に専用の勤務時間を設定し、ドラッグしてもその曜日だけが変わるようにします (Alt キーを押しながらドラッグしても同じです)</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::WeekEditor</name>
    <message>
        <source>h:mm AM/PM</source>
        <extracomment>Placeholder of a time field in the 12-hour clock: hours, minutes and AM or PM, as your language writes them</extracomment>
        <translation>h:mm AM/PM</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <extracomment>Placeholder of a time field in the 24-hour clock: two-digit hours and minutes</extracomment>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>Column header: the weekdays a range is on</extracomment>
        <translation>曜日</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Column header: the clock time a range starts</extracomment>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>Column header: the clock time a range ends</extracomment>
        <translation>終了</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>Column header: how long a range lasts</extracomment>
        <translation>長さ</translation>
    </message>
    <message>
        <source>%1 (next day)</source>
        <extracomment>Week grid table: an end time on the next day; %1 is the clock time</extracomment>
        <translation>%1 (翌日)</translation>
    </message>
    <message>
        <source>Local start time, such as %1 or %2</source>
        <translation>現地の開始時刻。例: %1、%2</translation>
    </message>
    <message>
        <source>Local end time, such as 5:30 PM or 17:30; 12:00 AM is midnight at the end of the day, and an end at or before the start runs into the next day</source>
        <translation>現地の終了時刻。例: 5:30 PM、17:30。12:00 AM はその日の終わりの午前 0 時です。開始時刻以前の終了時刻は翌日までの時間帯になります</translation>
    </message>
    <message>
        <source>Local end time, such as 17:30 or 5:30 PM; 24:00 is midnight, and an end at or before the start runs into the next day</source>
        <translation>現地の終了時刻。例: 17:30、5:30 PM。24:00 はその日の終わりの午前 0 時です。開始時刻以前の終了時刻は翌日までの時間帯になります</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Accessible name of the week grid in the member dialog (a member&apos;s weekly hours)</extracomment>
        <translation>週</translation>
    </message>
    <message>
        <source>Drag on a day to add a range, drag its edges to resize it, drag past midnight to run into the next day. Right-click or Delete removes. Hold Shift for 1-minute steps.</source>
        <translation>曜日の上をドラッグして時間帯を追加、端をドラッグして長さを変更、午前 0 時を越えてドラッグすると翌日まで延長。右クリックか Delete で削除。Shift キーで 1 分単位。</translation>
    </message>
    <message>
        <source>&amp;Add range</source>
        <extracomment>Button under the member dialog&apos;s week grid: adds a time range to the layer shown</extracomment>
        <translation>時間帯を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove range</source>
        <extracomment>Button under the member dialog&apos;s week grid: removes the selected time range</extracomment>
        <translation>時間帯を削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <extracomment>Member dialog, week grid: button to edit the layer of working hours</extracomment>
        <translation>勤務時間(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Deep work</source>
        <extracomment>Member dialog, week grid: button to edit the layer of protected, meeting-free focus time</extracomment>
        <translation>ディープワーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Comms windows</source>
        <extracomment>Member dialog, week grid: button to edit the layer of fixed windows for messages and calls</extracomment>
        <translation>連絡時間帯(&amp;C)</translation>
    </message>
    <message>
        <source>Edit the hours this person works</source>
        <translation>この人の勤務時間を編集します</translation>
    </message>
    <message>
        <source>Edit protected deep-work blocks: no meetings, handoffs or comms inside</source>
        <translation>保護されたディープワーク枠を編集します: 中に会議、引き継ぎ、連絡を入れない時間です</translation>
    </message>
    <message>
        <source>Edit the fixed windows for messages and calls</source>
        <translation>メッセージや通話のために決めた時間帯を編集します</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <extracomment>Member dialog, week grid: an edit was refused; %1 says why</extracomment>
        <translation>変更されていません: %1</translation>
    </message>
    <message>
        <source>%1 %2 to %3 the next day</source>
        <extracomment>Screen-reader text of a range: %1 its days, %2 its start, %3 its end on the next day (&quot;Mon–Fri 22:00 to 02:00 the next day&quot;)</extracomment>
        <translation>%1 %2 ～ 翌日 %3</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <extracomment>Screen-reader text of a range: %1 its days, %2 its start, %3 its end (&quot;Mon–Fri 09:00 to 17:00&quot;)</extracomment>
        <translation>%1 %2 ～ %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A layer of the week and its ranges: &quot;Deep work: Mon 09:00–12:00; Tue 09:00–12:00&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Screen-reader text: a layer of the week with no ranges, as in &quot;Deep work: none&quot;</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1. Editing %2. Up and Down select a range, Left and Right move it, Ctrl with Left and Right changes its end, Alt with Up and Down moves it to another day, Delete removes it; hold Shift for 1-minute steps.</source>
        <translation>%1。%2を編集中。上下キーで時間帯を選択、左右キーで移動、Ctrl+左右キーで終了時刻を変更、Alt+上下キーで別の曜日に移動、Delete で削除します。Shift キーを押したままにすると 1 分単位になります。</translation>
    </message>
    <message>
        <source>%1 ranges</source>
        <extracomment>Accessible name of the table of time ranges; %1 is the layer, e.g. &quot;Working hours&quot;</extracomment>
        <translation>%1の時間帯</translation>
    </message>
    <message>
        <source>Protected: no meetings, handoffs or comms windows.</source>
        <translation>保護: 会議、引き継ぎ、連絡時間帯は入れられません。</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>Name of a layer of the member dialog&apos;s week grid: working hours</extracomment>
        <translation>勤務時間</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>Name of a layer of the member dialog&apos;s week grid: protected focus time</extracomment>
        <translation>ディープワーク</translation>
    </message>
    <message>
        <source>Comms window</source>
        <extracomment>Name of a layer of the member dialog&apos;s week grid: fixed times for messages and calls</extracomment>
        <translation>連絡時間帯</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A whole number of hours, e.g. &quot;3 h&quot;</extracomment>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A number of minutes under an hour, e.g. &quot;45 min&quot;</extracomment>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes, e.g. &quot;3 h 15 min&quot;</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1, %2 %3–%4 (%5)</source>
        <extracomment>A range of the week: layer, day, start–end (duration): &quot;Deep work, Mon 09:00–12:00 (3 h)&quot;</extracomment>
        <translation>%1、%2 %3–%4 (%5)</translation>
    </message>
    <message>
        <source>%1, %2 %3–%4 %5 (%6)</source>
        <extracomment>A range of the week that ends on the next day: layer, day, start–next day, end (duration): &quot;Working hours, Fri 22:00–Sat 02:00 (4 h)&quot;</extracomment>
        <translation>%1、%2 %3–%4 %5 (%6)</translation>
    </message>
    <message>
        <source>No days</source>
        <extracomment>A list of weekdays that is empty</extracomment>
        <translation>曜日なし</translation>
    </message>
    <message>
        <source>“%1” is not a time of day. Type hours and minutes, such as %2.</source>
        <translation>「%1」は時刻ではありません。%2 のように時と分を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not on the 12-hour clock: use hours 1 to 12 and minutes 00 to 59, such as %2.</source>
        <translation>「%1」は 12 時間制の時刻ではありません: 時は 1 ～ 12、分は 00 ～ 59 で、%2 のように入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not on the clock: use 00:00 to 23:59, or 24:00 for an end at midnight.</source>
        <translation>「%1」は時刻として正しくありません: 00:00 ～ 23:59、または終了時刻が午前 0 時なら 24:00 を使ってください。</translation>
    </message>
    <message>
        <source>A range cannot start at “%1”, the midnight that ends the day. Start it at %2 on the next day instead.</source>
        <translation>時間帯は、その日を終える午前 0 時である「%1」には開始できません。代わりに翌日の %2 に開始してください。</translation>
    </message>
    <message>
        <source>Mon–Fri</source>
        <extracomment>Placeholder: the weekdays a range is on, Monday to Friday; write your short day names</extracomment>
        <translation>月–金</translation>
    </message>
    <message>
        <source>Days the range starts on, such as Mon–Fri or Sat, Sun</source>
        <translation>時間帯が始まる曜日。例: 「月–金」や「土, 日」</translation>
    </message>
    <message>
        <source>“%1” is not a span of days. Write a span as two days, such as Mon–Fri.</source>
        <translation>「%1」は曜日の範囲ではありません。範囲は「月–金」のように 2 つの曜日で書いてください。</translation>
    </message>
    <message>
        <source>“%1” is not a day. Use day names such as Mon or Tue, or a span such as Mon–Fri.</source>
        <translation>「%1」は曜日ではありません。「月」や「火」のような曜日名か、「月–金」のような範囲を使ってください。</translation>
    </message>
    <message>
        <source>Choose at least one day, such as Mon or Mon–Fri.</source>
        <translation>「月」や「月–金」のように、曜日を 1 つ以上選んでください。</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::WelcomePage</name>
    <message>
        <source>Welcome to Sunrelay</source>
        <extracomment>Heading of the page shown when no plan is open</extracomment>
        <translation>Sunrelay へようこそ</translation>
    </message>
    <message>
        <source>Plan work that follows the sun: see where each handoff falls, where nobody covers, and keep everyone&apos;s deep work protected.</source>
        <translation>フォロー・ザ・サン型で作業を計画しましょう。各引き継ぎがどこにあるか、誰もカバーしていない時間はどこかを確認し、全員のディープワークを守れます。</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <extracomment>Welcome page button: opens the sample plan shipped with Sunrelay</extracomment>
        <translation>デモプランを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <extracomment>Welcome page button: creates a new, empty plan file</extracomment>
        <translation>新しいプラン(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open a plan…</source>
        <extracomment>Welcome page button: opens an existing plan file</extracomment>
        <translation>プランを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <extracomment>Welcome page: heading of the list of recently opened plans</extracomment>
        <translation>最近使ったプラン(&amp;R)</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <extracomment>Accessible name of the Welcome page&apos;s list of recently opened plans</extracomment>
        <translation>最近使ったプラン</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>recent plan: file name — folder</comment>
        <extracomment>Welcome page, recent plan: %1 is the file name, %2 its folder</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent plans yet</source>
        <extracomment>Welcome page: shown in the recent plans list when it is empty</extracomment>
        <translation>最近使ったプランはまだありません</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ZonePicker</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Countries of a zone and the tz database&apos;s note on it (in English): &quot;Germany, Denmark (most of Germany)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Also known as %1</source>
        <extracomment>Tooltip line of a time zone in the zone picker; %1 lists its other IANA names</extracomment>
        <translation>別名: %1</translation>
    </message>
    <message>
        <source>No time zone matches the search.</source>
        <translation>検索に一致するタイムゾーンはありません。</translation>
    </message>
    <message>
        <source>No time zone matches the search; the zone stays %1.</source>
        <translation>検索に一致するタイムゾーンはありません。タイムゾーンは %1 のままです。</translation>
    </message>
    <message>
        <source>Press Enter or click it to choose it.</source>
        <translation>Enter キーを押すかクリックして選択してください。</translation>
    </message>
    <message>
        <source>Press Enter or click it to choose it instead of %1.</source>
        <translation>Enter キーを押すかクリックすると、%1 の代わりにこれを選択します。</translation>
    </message>
    <message>
        <source>%1: %2, not chosen yet</source>
        <comment>zone id, day, clock (zone)</comment>
        <translation>%1: %2、まだ選択されていません</translation>
    </message>
    <message>
        <source>No time zone chosen yet.</source>
        <translation>タイムゾーンはまだ選択されていません。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>「%1」はタイムゾーンではありません。</translation>
    </message>
    <message>
        <source>Local time %1</source>
        <comment>day, clock (zone)</comment>
        <translation>現地時刻 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>local time: day, clock</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>abbreviation, UTC offset</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>local time, zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>City</source>
        <extracomment>Column header: the zone&apos;s main city</extracomment>
        <translation>都市</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>Column header: the country (in the reader&apos;s language)</extracomment>
        <translation>国</translation>
    </message>
    <message>
        <source>Zone</source>
        <extracomment>Column header: the IANA time zone id (&quot;Europe/Berlin&quot;)</extracomment>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Offset</source>
        <extracomment>Column header: the zone&apos;s offset from UTC now (&quot;UTC+01:00&quot;)</extracomment>
        <translation>オフセット</translation>
    </message>
    <message>
        <source>Time zones</source>
        <extracomment>Accessible name of the zone picker&apos;s list of matching time zones</extracomment>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>City, country, zone or UTC offset</source>
        <translation>都市、国、タイムゾーン、UTC オフセット</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <extracomment>Accessible name of the zone picker&apos;s search field</extracomment>
        <translation>タイムゾーンを検索</translation>
    </message>
    <message>
        <source>Selected time zone</source>
        <extracomment>Accessible name of the zone picker&apos;s text on the chosen zone (local time, UTC offset)</extracomment>
        <translation>選択したタイムゾーン</translation>
    </message>
    <message>
        <source>Time zone</source>
        <extracomment>Accessible name of the zone picker&apos;s field when read-only</extracomment>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>UTC</source>
        <extracomment>Coordinated Universal Time; keep the abbreviation</extracomment>
        <translation>UTC</translation>
    </message>
    <message>
        <source>UTC%1%2:%3</source>
        <comment>sign, hours, minutes</comment>
        <extracomment>A UTC offset, e.g. &quot;UTC+05:30&quot;: %1 is the sign, %2 the hours, %3 the minutes</extracomment>
        <translation>UTC%1%2:%3</translation>
    </message>
    <message>
        <source>No clock changes ahead</source>
        <extracomment>Zone picker: the chosen zone has no daylight saving changes to come</extracomment>
        <translation>今後、時計の切り替えはありません</translation>
    </message>
    <message>
        <source>Clocks go forward %1 on %2, %3 → %4</source>
        <translation>%2 に時計が %1進みます。%3 → %4</translation>
    </message>
    <message>
        <source>Clocks go back %1 on %2, %3 → %4</source>
        <translation>%2 に時計が %1戻ります。%3 → %4</translation>
    </message>
</context>
</TS>
