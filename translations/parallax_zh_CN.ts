<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>List the articles in the library</source>
        <translation>列出资料库中的文章</translation>
    </message>
    <message>
        <source>Show one article with its blocks and their roles</source>
        <translation>显示一篇文章及其各区块和角色</translation>
    </message>
    <message>
        <source>Align articles and write the comparison</source>
        <translation>比对文章并写出对比结果</translation>
    </message>
    <message>
        <source>Write a story&apos;s comparison as HTML, PDF, CSV or JSON</source>
        <translation>将一个事件的对比写为 HTML、PDF、CSV 或 JSON</translation>
    </message>
    <message>
        <source>List a story&apos;s claims: which outlets carry each, and how</source>
        <translation>列出一个事件的说法：哪些媒体报道了每一条，以及如何报道</translation>
    </message>
    <message>
        <source>List the quotes in a story and who carries them</source>
        <translation>列出一个事件中的引语及转载它们的媒体</translation>
    </message>
    <message>
        <source>Copy the library to a rotating backup now</source>
        <translation>立即将资料库复制到轮换备份</translation>
    </message>
    <message>
        <source>Put a backup in place as the library</source>
        <translation>将一份备份恢复为资料库</translation>
    </message>
    <message>
        <source>File the articles under this story.</source>
        <translation>将文章归入此事件。</translation>
    </message>
    <message>
        <source>The outlet that published these articles.</source>
        <translation>发表这些文章的媒体。</translation>
    </message>
    <message>
        <source>imported %1 as article %2</source>
        <translation>已将 %1 导入为文章 %2</translation>
    </message>
    <message>
        <source>%1: already in the library as article %2</source>
        <translation>%1：已作为文章 %2 存在于资料库中</translation>
    </message>
    <message>
        <source>%1 imported, %2 already present, %3 failed</source>
        <translation>导入 %1 篇，已存在 %2 篇，失败 %3 篇</translation>
    </message>
    <message>
        <source>List the articles in the library.</source>
        <translation>列出资料库中的文章。</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Show an article with its blocks and their roles.</source>
        <translation>显示一篇文章及其各区块和角色。</translation>
    </message>
    <message>
        <source>parallax show: give one article id (see parallax list)</source>
        <translation>parallax show：请给出一个文章编号（参见 parallax list）</translation>
    </message>
    <message>
        <source>parallax show: no article %1</source>
        <translation>parallax show：没有文章 %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Copy the library to LIBRARY.backup-1 now, keeping the %1 newest copies.</source>
        <translation>立即将资料库复制到 LIBRARY.backup-1，保留最新的 %1 份副本。</translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Put backup N (default 1, the newest) in place as the library. A library already there is moved aside, never overwritten. Close the window first.</source>
        <translation>将备份 N（默认 1，即最新的）恢复为资料库。已有的资料库会被移到一旁，绝不会被覆盖。请先关闭窗口。</translation>
    </message>
    <message>
        <source>List the backups and do nothing else.</source>
        <translation>列出备份，不做其他操作。</translation>
    </message>
    <message>
        <source>parallax restore-backup: N is a number from 1 to %1</source>
        <translation>parallax restore-backup：N 是 1 到 %1 之间的数字</translation>
    </message>
    <message>
        <source>the library that was there is kept as %1</source>
        <translation>原有的资料库保留为 %1</translation>
    </message>
    <message>
        <source>restored %1 as %2</source>
        <translation>已将 %1 恢复为 %2</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>完全相同</translation>
    </message>
    <message>
        <source>near-verbatim</source>
        <translation>几乎逐字</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>改写</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>仅此处</translation>
    </message>
    <message>
        <source>%1 of %2: </source>
        <translation>%2 家中的 %1 家：</translation>
    </message>
    <message>
        <source>differs: %1 “%2” / %3 “%4”</source>
        <translation>不同：%1“%2” / %3“%4”</translation>
    </message>
    <message>
        <source>parallax %1: no story named %2 in the library</source>
        <translation>parallax %1：资料库中没有名为 %2 的事件</translation>
    </message>
    <message>
        <source>parallax %1: the story %2 holds fewer than two articles</source>
        <translation>parallax %1：事件 %2 中的文章少于两篇</translation>
    </message>
    <message>
        <source>List who reported what: every claim of a story&apos;s articles, the outlets that carry it and how, and facts that differ between them.</source>
        <translation>列出谁报道了什么：一个事件各文章中的每条说法、报道它的媒体及方式，以及各媒体之间不同的事实。</translation>
    </message>
    <message>
        <source>The story whose articles to compare.</source>
        <translation>要对比其文章的事件。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Only claims a single outlet makes.</source>
        <translation>只列出仅有一家媒体的说法。</translation>
    </message>
    <message>
        <source>Write JSON to standard output.</source>
        <translation>将 JSON 写到标准输出。</translation>
    </message>
    <message>
        <source>Write CSV to standard output.</source>
        <translation>将 CSV 写到标准输出。</translation>
    </message>
    <message>
        <source>parallax claims: name one story with --story, and at most one of --json and --csv; see parallax claims --help</source>
        <translation>parallax claims：请用 --story 指定一个事件，且 --json 和 --csv 最多选一个；参见 parallax claims --help</translation>
    </message>
    <message>
        <source>Usage: parallax [--library PATH] [FILE...]
       parallax COMMAND [OPTIONS] ...

Compare how news outlets cover the same story. Without a command, opens
the window (with the given files imported and compared).

Commands:
</source>
        <translation>用法：parallax [--library 路径] [文件...]
      parallax 命令 [选项] ...

比较不同新闻媒体对同一事件的报道。不带命令时打开窗口
（并导入、对比给出的文件）。

命令：
</translation>
    </message>
    <message>
        <source>parallax: unknown command; see parallax --help</source>
        <translation>parallax：未知命令；参见 parallax --help</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>parallax: cannot open the library: %1</source>
        <translation>parallax：无法打开资料库：%1</translation>
    </message>
    <message>
        <source>parallax compare: no article %1 in the library</source>
        <translation>parallax compare：资料库中没有文章 %1</translation>
    </message>
    <message>
        <source>parallax compare: cannot write %1: %2</source>
        <translation>parallax compare：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 ~ %2: %3 links, %4% / %5% of words shared</source>
        <translation>%1 ~ %2：%3 处链接，%4% / %5% 的词语相同</translation>
    </message>
    <message>
        <source>%1 claims, %2 of them unique to one article</source>
        <translation>%1 条说法，其中 %2 条仅见于一篇文章</translation>
    </message>
    <message>
        <source>Write the comparison as JSON to PATH (- for standard output).</source>
        <translation>将对比以 JSON 写入“路径”（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>Shortest shared run of words to highlight.</source>
        <translation>要高亮的最短共同词串。</translation>
    </message>
    <message>
        <source>Similarity (0-1) needed to link two paragraphs.</source>
        <translation>链接两个段落所需的相似度（0-1）。</translation>
    </message>
    <message>
        <source>parallax compare: --min-run takes a whole number of at least 1</source>
        <translation>parallax compare：--min-run 需要一个不小于 1 的整数</translation>
    </message>
    <message>
        <source>parallax compare: --threshold takes a number above 0 and at most 1</source>
        <translation>parallax compare：--threshold 需要一个大于 0 且不超过 1 的数</translation>
    </message>
    <message>
        <source>parallax %1: cannot write %2: %3</source>
        <translation>parallax %1：无法写入 %2：%3</translation>
    </message>
    <message>
        <source>Write the comparison as a standalone HTML page to PATH.</source>
        <translation>将对比以独立的 HTML 页面写入“路径”。</translation>
    </message>
    <message>
        <source>Write the comparison as PDF to PATH.</source>
        <translation>将对比以 PDF 写入“路径”。</translation>
    </message>
    <message>
        <source>Write the claims as CSV to PATH.</source>
        <translation>将说法以 CSV 写入“路径”。</translation>
    </message>
    <message>
        <source>parallax %1: --pdf needs the offscreen Qt platform, which could not be started</source>
        <translation>parallax %1：--pdf 需要 Qt 的 offscreen 平台，但它无法启动</translation>
    </message>
    <message>
        <source>Compare the articles of a story in the library and write the comparison.</source>
        <translation>对比资料库中一个事件的文章并写出对比结果。</translation>
    </message>
    <message>
        <source>Write the comparison as JSON to PATH.</source>
        <translation>将对比以 JSON 写入“路径”。</translation>
    </message>
    <message>
        <source>parallax export: name one story with --story; see parallax export --help</source>
        <translation>parallax export：请用 --story 指定一个事件；参见 parallax export --help</translation>
    </message>
    <message>
        <source>parallax export: choose at least one of --html, --pdf, --csv, --json</source>
        <translation>parallax export：请至少选择 --html、--pdf、--csv、--json 中的一个</translation>
    </message>
    <message>
        <source>parallax export: no story named %1 in the library</source>
        <translation>parallax export：资料库中没有名为 %1 的事件</translation>
    </message>
    <message>
        <source>parallax export: the story %1 holds fewer than two articles</source>
        <translation>parallax export：事件 %1 中的文章少于两篇</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>未注明出处</translation>
    </message>
    <message>
        <source>%1 of %2 outlets</source>
        <translation>%2 家媒体中的 %1 家</translation>
    </message>
    <message>
        <source>wording differs</source>
        <translation>措辞不同</translation>
    </message>
    <message>
        <source>List the quoted speech in a story&apos;s articles: who is quoted, by which outlets, and whether they quote the same words.</source>
        <translation>列出一个事件各文章中的直接引语：谁被引用、由哪些媒体引用，以及引用的原话是否相同。</translation>
    </message>
    <message>
        <source>The story whose articles to read.</source>
        <translation>要阅读其文章的事件。</translation>
    </message>
    <message>
        <source>parallax quotes: name one story with --story; see parallax quotes --help</source>
        <translation>parallax quotes：请用 --story 指定一个事件；参见 parallax quotes --help</translation>
    </message>
    <message>
        <source>Import files, folders or links into the library</source>
        <translation>将文件、文件夹或链接导入资料库</translation>
    </message>
    <message>
        <source>Fetch an article&apos;s link again and keep a changed page as a new version</source>
        <translation>重新获取文章的链接，并将已更改的页面保存为新版本</translation>
    </message>
    <message>
        <source>Align two or more articles: files and links are imported into the library first.</source>
        <translation>对齐两篇或更多文章：文件和链接会先导入资料库。</translation>
    </message>
    <message>
        <source>Read files and links into memory only; leave the library alone.</source>
        <translation>仅将文件和链接读入内存；不改动资料库。</translation>
    </message>
    <message>
        <source>parallax compare: name at least two files, links or article ids</source>
        <translation>parallax compare：请至少指定两个文件、链接或文章编号</translation>
    </message>
    <message>
        <source>Import articles into the library. A link (http or https) is fetched: the page alone, nothing it names.</source>
        <translation>将文章导入资料库。链接（http 或 https）会被获取：只取页面本身，不取它引用的任何内容。</translation>
    </message>
    <message>
        <source>parallax import: name at least one file, folder or link</source>
        <translation>parallax import：请至少指定一个文件、文件夹或链接</translation>
    </message>
    <message>
        <source>version %1 of article %2</source>
        <translation>文章 %2 的第 %1 版</translation>
    </message>
    <message>
        <source>Fetch an article&apos;s link again. The same bytes leave the library as it is; a changed page is stored as a new article, the next version of this one.</source>
        <translation>重新获取文章的链接。字节相同则资料库保持不变；页面已更改则保存为新文章，作为该文章的下一版本。</translation>
    </message>
    <message>
        <source>parallax refresh: give one article id (see parallax list)</source>
        <translation>parallax refresh：请指定一个文章编号（参见 parallax list）</translation>
    </message>
    <message>
        <source>parallax refresh: no article %1</source>
        <translation>parallax refresh：没有文章 %1</translation>
    </message>
    <message>
        <source>parallax refresh: article %1 was not fetched from a link</source>
        <translation>parallax refresh：文章 %1 不是从链接获取的</translation>
    </message>
    <message>
        <source>article %1 is unchanged</source>
        <translation>文章 %1 没有变化</translation>
    </message>
    <message>
        <source>article %1: the page is now the same as article %2</source>
        <translation>文章 %1：该页面现在与文章 %2 相同</translation>
    </message>
    <message>
        <source>article %1 has changed: stored as article %2, version %3 of article %4</source>
        <translation>文章 %1 已更改：已保存为文章 %2，即文章 %4 的第 %3 版</translation>
    </message>
    <message>
        <source>compare them with: parallax compare %1 %2</source>
        <translation>用以下命令比较：parallax compare %1 %2</translation>
    </message>
    <message>
        <source>Fetched from</source>
        <translation>获取自</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>最终 URL</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <translation>获取时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>closest elsewhere: %1, %2 “%3”</source>
        <translation>别处最接近：%1，%2“%3”</translation>
    </message>
    <message>
        <source>nothing elsewhere comes close</source>
        <translation>别处没有相近的句子</translation>
    </message>
    <message>
        <source>merged by hand</source>
        <translation>已手动合并</translation>
    </message>
    <message>
        <source>split by hand</source>
        <translation>已手动拆分</translation>
    </message>
    <message numerus="yes">
        <source>parallax %1: left out %n decision(s) to make claims one that would hold two sentences of one article</source>
        <translation>
            <numerusform>parallax %1：略过了 %n 个合并说法的决定，因为合并后一个说法会包含同一篇文章的两个句子</numerusform>
        </translation>
    </message>
    <message>
        <source>Matcher score (0-1) at which two sentences count as one claim; below it a sentence is unique to its outlet.</source>
        <translation>两句话被视为同一说法所需的匹配分数（0–1）；低于此值，该句即为其媒体独有。</translation>
    </message>
    <message>
        <source>parallax compare: --claim-threshold takes a number above 0 and at most 1</source>
        <translation>parallax compare：--claim-threshold 需要一个大于 0 且不超过 1 的数</translation>
    </message>
    <message>
        <source>the library is on a PostgreSQL server; back it up with the server&apos;s own tools: pg_dump --format=custom --file=library.dump &apos;%1&apos;, and put a copy back with pg_restore --clean --dbname &apos;%1&apos; library.dump</source>
        <translation>资料库位于 PostgreSQL 服务器上；请用服务器自带的工具备份：pg_dump --format=custom --file=library.dump &apos;%1&apos;，并用 pg_restore --clean --dbname &apos;%1&apos; library.dump 恢复副本</translation>
    </message>
    <message>
        <source>Copy a whole library to another file or server: library copy FROM TO</source>
        <translation>将整个资料库复制到另一个文件或服务器：library copy 源 目标</translation>
    </message>
    <message>
        <source>
Options:
  --library PATH  the library file (default: %1), or a shared library on a
                  PostgreSQL server: postgresql://user@host:5432/database
  -h, --help      show this help; `parallax COMMAND --help` for a command
  -v, --version   show the version

Exit codes: 0 success, 1 some inputs failed, 2 usage error, 3 library error.
</source>
        <translation>
选项：
  --library 路径  资料库文件（默认：%1），或 PostgreSQL 服务器上的共享资料库：
                  postgresql://用户@主机:5432/数据库
  -h, --help      显示此帮助；`parallax 命令 --help` 查看某个命令的帮助
  -v, --version   显示版本

退出码：0 成功，1 部分输入失败，2 用法错误，3 资料库错误。
</translation>
    </message>
    <message>
        <source>The library file to use, or postgresql://user@host:5432/database for a shared library on a PostgreSQL server.</source>
        <translation>要使用的资料库文件，或 PostgreSQL 服务器上共享资料库的 postgresql://用户@主机:5432/数据库。</translation>
    </message>
    <message>
        <source>Copy every article (with its original bytes), role, story, note, claim decision and cached comparison of the library FROM into the library TO, each a file or a postgresql://user@host:5432/database URL. Rows already in TO are kept, so a copy cut short goes on when run again; the two are compared table by table at the end.</source>
        <translation>将资料库 FROM 中的每篇文章（连同原始字节）、角色、事件、笔记、论断判定和缓存的比较复制到资料库 TO，二者各为一个文件或一个 postgresql://用户@主机:5432/数据库 URL。TO 中已有的行保持不变，因此中断的复制再次运行时会继续；最后逐表比较二者。</translation>
    </message>
    <message>
        <source>parallax library: use parallax library copy FROM TO</source>
        <translation>parallax library：请使用 parallax library copy 源 目标</translation>
    </message>
    <message>
        <source>parallax library copy: FROM and TO are the same library</source>
        <translation>parallax library copy：源和目标是同一个资料库</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 copied now</source>
        <translation>%1：%2 行，本次复制 %3 行</translation>
    </message>
    <message>
        <source>parallax library copy: %1; run it again to go on</source>
        <translation>parallax library copy：%1；再次运行即可继续</translation>
    </message>
    <message>
        <source>parallax library copy: %1 does not hold the same rows as %2 in %3 (it held other rows before the copy)</source>
        <translation>parallax library copy：%1 在 %3 中与 %2 的行不同（复制前它已有其他行）</translation>
    </message>
    <message>
        <source>copied %1 to %2; every table has the same rows and hashes in both</source>
        <translation>已将 %1 复制到 %2；两边每张表的行和哈希都相同</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number of articles in a language: 3 English</comment>
        <translation>%2 %1 篇</translation>
    </message>
    <message>
        <source>%1 articles: compared within each language</source>
        <translation>%1：在各语言内分别比较</translation>
    </message>
</context>
<context>
    <name>CounterpartTip</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1：
%2</translation>
    </message>
    <message>
        <source>Only %1 says this.</source>
        <translation>只有%1这样说。</translation>
    </message>
    <message>
        <source>Only %1 has this paragraph.</source>
        <translation>只有%1有这一段。</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>Outlet %1</source>
        <translation>媒体 %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Page furniture, not compared (%1)</source>
        <translation>页面杂项，不参与对比（%1）</translation>
    </message>
    <message>
        <source>The sentence in %1</source>
        <translation>%1 中的句子</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Each row is one claim, in the words of the first article that makes it; a tick links to the sentence in that outlet.</source>
        <translation>每行是一条说法，采用最先提出它的文章的措辞；勾号链接到该媒体中的句子。</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>完全相同</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>几乎逐字</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>改写</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>仅此处</translation>
    </message>
    <message>
        <source>%1: %2% of its words shared with %3</source>
        <translation>%1：%2% 的词与 %3 相同</translation>
    </message>
    <message>
        <source>Matching paragraphs: %1 identical, %2 near-verbatim, %3 paraphrased; %4 of them moved</source>
        <translation>匹配的段落：%1 段相同，%2 段几乎逐字，%3 段改写；其中 %4 段位置移动</translation>
    </message>
    <message>
        <source>Claims: %1 in both, %2 only in %3, %4 only in %5</source>
        <translation>说法：%1 条两者都有，%2 条仅见于 %3，%4 条仅见于 %5</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重合</translation>
    </message>
    <message>
        <source>the same words in both articles (solid underline)</source>
        <translation>两篇文章中相同的词（实线下划线）</translation>
    </message>
    <message>
        <source>shared words of a sentence with a few words changed (dashed)</source>
        <translation>改动了少数几个词的句子中的共同词（虚线）</translation>
    </message>
    <message>
        <source>shared words of the same claim put in other words (dotted)</source>
        <translation>以不同措辞表达的同一说法中的共同词（点线）</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <source>a matching paragraph out of order</source>
        <translation>顺序不同的匹配段落</translation>
    </message>
    <message>
        <source>a claim the other article does not make (wavy underline)</source>
        <translation>另一篇文章没有的说法（波浪下划线）</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共同</translation>
    </message>
    <message>
        <source>a claim that two or more outlets make (solid underline)</source>
        <translation>两家或更多媒体都有的说法（实线下划线）</translation>
    </message>
    <message>
        <source>a claim only this outlet makes (wavy underline)</source>
        <translation>只有此媒体的说法（波浪下划线）</translation>
    </message>
    <message>
        <source>Each highlight and paragraph label links to its counterpart in the other column.</source>
        <translation>每处高亮和段落标签都链接到另一栏中对应的内容。</translation>
    </message>
    <message>
        <source>Each highlighted sentence links to its row in the claims table.</source>
        <translation>每个高亮的句子都链接到说法表中它所在的行。</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>对比：%1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 tag of this translation&apos;s language</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>Parallax comparison of %1 articles</source>
        <translation>Parallax 对比：%1 篇文章</translation>
    </message>
    <message>
        <source>Exported from Parallax. The highlights are found by matching words automatically: read the articles before you rely on them.</source>
        <translation>由 Parallax 导出。高亮是自动匹配词语得出的：在依赖它们之前请先阅读文章。</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已证实</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Share of the row article&apos;s words that it shares with the column article</source>
        <translation>行中文章的词语有多少比例与列中文章相同</translation>
    </message>
    <message>
        <source>The matching paragraph in %1</source>
        <translation>%1 中匹配的段落</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Closest elsewhere: %1, %2 — “%3”</source>
        <translation>别处最接近：%1，%2——“%3”</translation>
    </message>
    <message>
        <source>Nothing elsewhere comes close.</source>
        <translation>别处没有相近的句子。</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>Merged by hand</source>
        <translation>手动合并</translation>
    </message>
    <message>
        <source>Split by hand</source>
        <translation>手动拆分</translation>
    </message>
    <message>
        <source>Claims only one outlet makes</source>
        <translation>仅一家媒体的说法</translation>
    </message>
    <message>
        <source>Each with the sentence elsewhere that comes closest and the matcher&apos;s score for the two: of pairs scored 0.4, about 4 in 10 state the same claim.</source>
        <translation>每条都附有别处最接近的句子，以及匹配程序给这两句的分数：得分为 0.4 的句子对中，约有十分之四表达同一说法。</translation>
    </message>
    <message>
        <source>Grouped by hand</source>
        <translation>手动归组</translation>
    </message>
    <message>
        <source>A reader said these sentences state one claim, or took a sentence out of a claim, where the matcher had judged otherwise.</source>
        <translation>读者认定这些句子表达同一说法，或把某个句子移出了说法，与匹配程序的判断不同。</translation>
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <source>Classic (green, yellow, red)</source>
        <translation>经典（绿、黄、红）</translation>
    </message>
    <message>
        <source>Okabe–Ito (safe for colour blindness)</source>
        <translation>Okabe–Ito（适合色盲）</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>完全相同</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>几乎逐字</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>改写</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>仅此处</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP 图像</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <source>Microsoft Office document</source>
        <translation>Microsoft Office 文档</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>xz archive</source>
        <translation>xz 压缩包</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>Zstandard archive</source>
        <translation>Zstandard 压缩包</translation>
    </message>
    <message>
        <source>ELF executable</source>
        <translation>ELF 可执行文件</translation>
    </message>
    <message>
        <source>Windows executable</source>
        <translation>Windows 可执行文件</translation>
    </message>
    <message>
        <source>Mach-O executable</source>
        <translation>Mach-O 可执行文件</translation>
    </message>
    <message>
        <source>Java class or Mach-O executable</source>
        <translation>Java 类文件或 Mach-O 可执行文件</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <source>Ogg media</source>
        <translation>Ogg 媒体文件</translation>
    </message>
    <message>
        <source>FLAC audio</source>
        <translation>FLAC 音频</translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation>MP3 音频</translation>
    </message>
    <message>
        <source>WAV audio</source>
        <translation>WAV 音频</translation>
    </message>
    <message>
        <source>AVI video</source>
        <translation>AVI 视频</translation>
    </message>
    <message>
        <source>MP4 or QuickTime media</source>
        <translation>MP4 或 QuickTime 媒体文件</translation>
    </message>
    <message>
        <source>WOFF font</source>
        <translation>WOFF 字体</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>no text to read in it</source>
        <translation>其中没有可读的文本</translation>
    </message>
    <message>
        <source>not text: too many control characters</source>
        <translation>不是文本：控制字符过多</translation>
    </message>
    <message>
        <source>not text: contains NUL characters</source>
        <translation>不是文本：包含 NUL 字符</translation>
    </message>
    <message>
        <source>cannot decode: invalid UTF-8 and no charset detected</source>
        <translation>无法解码：UTF-8 无效且未检测到字符集</translation>
    </message>
    <message>
        <source>cannot decode: detected charset %1 is not supported</source>
        <translation>无法解码：不支持检测到的字符集 %1</translation>
    </message>
    <message>
        <source>too large for an article: %1 MB</source>
        <translation>作为文章过大：%1 MB</translation>
    </message>
    <message>
        <source>binary file (%1)</source>
        <translation>二进制文件（%1）</translation>
    </message>
    <message>
        <source>not text: contains NUL bytes (first at byte %1)</source>
        <translation>不是文本：包含 NUL 字节（第一个位于第 %1 字节）</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>too large (%1; the limit is %2)</source>
        <translation>过大（%1；上限为 %2）</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>too large (the limit is %1)</source>
        <translation>过大（上限为 %1）</translation>
    </message>
    <message>
        <source>the library could not store it: %1</source>
        <translation>资料库无法保存它：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>timed out: no data for %1 seconds</source>
        <translation>超时：%1 秒内没有数据</translation>
    </message>
    <message>
        <source>timed out: not complete after %1 seconds</source>
        <translation>超时：%1 秒后仍未完成</translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation>不是网址</translation>
    </message>
    <message>
        <source>only http and https links are fetched, not %1:</source>
        <translation>只获取 http 和 https 链接，不获取 %1:</translation>
    </message>
    <message>
        <source>not an article: the server says it is %1</source>
        <translation>不是文章：服务器称其为 %1</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a Location</source>
        <translation>HTTP %1 重定向缺少 Location</translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http or https link</source>
        <translation>重定向到 %1，这不是 http 或 https 链接</translation>
    </message>
    <message>
        <source>redirects in a loop (back to %1)</source>
        <translation>重定向形成循环（回到 %1）</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>重定向次数过多（超过 %1 次）</translation>
    </message>
    <message>
        <source>the page is empty</source>
        <translation>页面为空</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>no such host: %1</source>
        <translation>没有这个主机：%1</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS 错误：%1</translation>
    </message>
    <message>
        <source>the compressed page unpacks to far more than was sent, or is damaged</source>
        <translation>压缩页面解压后远大于所发送的数据，或已损坏</translation>
    </message>
    <message>
        <source>the page names it as “%1”, and it is not the article&apos;s text</source>
        <translation>页面将其标为“%1”，它不是文章正文</translation>
    </message>
    <message>
        <source>outside the part of the page that holds the article</source>
        <translation>位于页面中文章所在部分之外</translation>
    </message>
    <message>
        <source>hidden from readers of the page</source>
        <translation>对页面读者隐藏</translation>
    </message>
    <message>
        <source>the page&apos;s navigation</source>
        <translation>页面导航</translation>
    </message>
    <message>
        <source>a box beside the article</source>
        <translation>文章旁的边栏</translation>
    </message>
    <message>
        <source>a footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <source>a form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>a list of links</source>
        <translation>链接列表</translation>
    </message>
    <message>
        <source>the byline</source>
        <translation>署名行</translation>
    </message>
    <message>
        <source>a line pages use for ads, tools, notices or credits</source>
        <translation>页面用于广告、工具、通知或署名来源的行</translation>
    </message>
    <message>
        <source>repeats in the outlet&apos;s other articles</source>
        <translation>在该媒体的其他文章中重复出现</translation>
    </message>
    <message>
        <source>a picture&apos;s label</source>
        <translation>图片标签</translation>
    </message>
    <message>
        <source>above the headline</source>
        <translation>位于标题上方</translation>
    </message>
    <message>
        <source>the headline of another story</source>
        <translation>另一篇报道的标题</translation>
    </message>
    <message>
        <source>after the article&apos;s last paragraph</source>
        <translation>位于文章最后一段之后</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>cannot write a backup to %1: %2</source>
        <translation>无法将备份写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot name the backup %1</source>
        <translation>无法为备份 %1 命名</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>无法将 %1 移到一旁，改名为 %2</translation>
    </message>
    <message>
        <source>there is no backup %1 (%2)</source>
        <translation>没有备份 %1（%2）</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
    <message>
        <source>cannot move %1 into place as %2</source>
        <translation>无法将 %1 放到位，作为 %2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>缺少 Qt 的 SQLite 驱动（请安装 libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>the library %1 was found damaged and set aside as %2. %3</source>
        <translation>资料库 %1 已损坏，已移到一旁，名为 %2。%3</translation>
    </message>
    <message>
        <source>There is no backup of it. Move %1 elsewhere to start a new, empty library.</source>
        <translation>它没有备份。将 %1 移到别处即可开始一个新的空资料库。</translation>
    </message>
    <message>
        <source>Restore its latest backup with `parallax restore-backup --library %1`, or move %2 elsewhere to start a new, empty library.</source>
        <translation>用 `parallax restore-backup --library %1` 恢复其最新备份，或将 %2 移到别处以开始一个新的空资料库。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>it is no longer an SQLite file</source>
        <translation>它已不再是 SQLite 文件</translation>
    </message>
    <message>
        <source>%1 is not a usable library: %2</source>
        <translation>%1 不是可用的资料库：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>it cannot be checked</source>
        <translation>无法检查它</translation>
    </message>
    <message>
        <source>It was moved aside, unchanged, to %1. </source>
        <translation>它已原样移到 %1。</translation>
    </message>
    <message>
        <source>There is no backup of it; the sqlite3 shell&apos;s .recover command may rescue part of it.</source>
        <translation>它没有备份；sqlite3 命令行的 .recover 命令也许能挽救其中一部分。</translation>
    </message>
    <message>
        <source>Its latest backup, from %1, can be restored with `parallax restore-backup --library %2`.</source>
        <translation>它的最新备份（%1）可以用 `parallax restore-backup --library %2` 恢复。</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2). %3</source>
        <translation>资料库 %1 已损坏（%2）。%3</translation>
    </message>
    <message>
        <source>not a Parallax library (cannot read its version)</source>
        <translation>不是 Parallax 资料库（无法读取其版本）</translation>
    </message>
    <message>
        <source>the library was written by a newer Parallax (schema %1; this one reads up to %2)</source>
        <translation>该资料库由较新版本的 Parallax 写入（架构 %1；本版本最多读取到 %2）</translation>
    </message>
    <message>
        <source>upgrading the library to schema %1 failed: %2</source>
        <translation>将资料库升级到架构 %1 失败：%2</translation>
    </message>
    <message>
        <source>the library %1 is open in Parallax (a window or a command); close it first</source>
        <translation>资料库 %1 正在 Parallax 中打开（某个窗口或命令）；请先将其关闭</translation>
    </message>
    <message>
        <source>the library %1 is being replaced by a backup; open it again in a moment</source>
        <translation>资料库 %1 正在被备份替换；请稍后再打开</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>无法锁定 %1：%2</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is missing (install libqt6sql6-psql)</source>
        <translation>缺少 Qt 的 PostgreSQL 驱动（请安装 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>the library URL cannot be read: %1</source>
        <translation>无法读取资料库 URL：%1</translation>
    </message>
    <message>
        <source>the library URL has an option PostgreSQL does not know: %1</source>
        <translation>资料库 URL 含有 PostgreSQL 不认识的选项：%1</translation>
    </message>
    <message>
        <source>the library URL option %1 may not contain &apos;;&apos;</source>
        <translation>资料库 URL 的选项 %1 不能包含 &apos;;&apos;</translation>
    </message>
    <message>
        <source>the library URL names no database (postgresql://user@host:5432/database)</source>
        <translation>资料库 URL 没有指明数据库（postgresql://用户@主机:5432/数据库）</translation>
    </message>
    <message>
        <source>the library URL names no server (postgresql://user@host:5432/database)</source>
        <translation>资料库 URL 没有指明服务器（postgresql://用户@主机:5432/数据库）</translation>
    </message>
    <message>
        <source>you may read this library but not change it: the server refused the write (%1)</source>
        <translation>您可以阅读此资料库但不能修改：服务器拒绝了写入（%1）</translation>
    </message>
    <message>
        <source>the library file is read-only; nothing can be changed in it (%1)</source>
        <translation>资料库文件为只读；其中任何内容都不能修改（%1）</translation>
    </message>
    <message>
        <source>the connection to the server was lost and cannot be made again: %1</source>
        <translation>与服务器的连接已断开，且无法重新建立：%1</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>parallax::AddNoteAction</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Note something about the selected words: to check, confirmed, disputed or context</source>
        <translation>为所选词语记下点什么：待核实、已证实、有争议或背景</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationDialog</name>
    <message>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Marked text:</source>
        <translation>标记的文本：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationsModel</name>
    <message>
        <source>To check</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已证实</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Marked text</source>
        <translation>标记的文本</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationsPanel</name>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>parallax::ArticlePane</name>
    <message>
        <source>Note, %1: %2</source>
        <translation>笔记，%1：%2</translation>
    </message>
    <message>
        <source>Furniture: marked by you</source>
        <translation>页面杂项：由您标记</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>页面杂项</translation>
    </message>
    <message>
        <source>Furniture: %1</source>
        <translation>页面杂项：%1</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimDetailView</name>
    <message>
        <source>Select a claim to read each outlet&apos;s wording of it.</source>
        <translation>选择一条说法，阅读各媒体对它的措辞。</translation>
    </message>
    <message numerus="yes">
        <source>Claim %L1, carried by %Ln outlet(s). Words that differ from %2&apos;s wording are highlighted; facts that differ are underlined.</source>
        <translation>
            <numerusform>说法 %L1，由 %Ln 家媒体报道。与%2的措辞不同的词已高亮；不同的事实加了下划线。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the same claim — split</source>
        <translation>不是同一说法——拆分</translation>
    </message>
    <message>
        <source>Same as closest elsewhere</source>
        <translation>与别处最接近的句子是同一说法</translation>
    </message>
    <message>
        <source>Same claim as…</source>
        <translation>与……是同一说法</translation>
    </message>
    <message>
        <source>Merged by hand.</source>
        <translation>已手动合并。</translation>
    </message>
    <message>
        <source>Split by hand.</source>
        <translation>已手动拆分。</translation>
    </message>
    <message>
        <source>Let the matcher decide</source>
        <translation>交由匹配程序决定</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimMatrixModel</name>
    <message>
        <source>Identical</source>
        <translation>完全相同</translation>
    </message>
    <message>
        <source>Near-verbatim</source>
        <translation>几乎逐字</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>改写</translation>
    </message>
    <message>
        <source>Only this outlet</source>
        <translation>仅此媒体</translation>
    </message>
    <message>
        <source>Not carried</source>
        <translation>未报道</translation>
    </message>
    <message>
        <source>States a figure, date, name or title that differs from another outlet&apos;s.</source>
        <translation>所述数字、日期、姓名或头衔与另一家媒体不同。</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Article %L1</source>
        <translation>文章 %L1</translation>
    </message>
    <message numerus="yes">
        <source>Carried by %Ln outlet(s)</source>
        <translation>
            <numerusform>由 %Ln 家媒体报道</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged by hand</source>
        <translation>手动合并</translation>
    </message>
    <message>
        <source>Split by hand</source>
        <translation>手动拆分</translation>
    </message>
</context>
<context>
    <name>parallax::ClaimPickerDialog</name>
    <message>
        <source>Same Claim As</source>
        <translation>同一说法</translation>
    </message>
    <message>
        <source>Choose the claim this one states too. Only claims with no sentence from the same outlets are listed.</source>
        <translation>选择这条说法同样表达的说法。只列出不含相同媒体句子的说法。</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>按词筛选</translation>
    </message>
    <message>
        <source>Filter the claims by words</source>
        <translation>按词筛选说法</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Make One Claim</source>
        <translation>合为一条说法</translation>
    </message>
</context>
<context>
    <name>parallax::ComparisonView</name>
    <message>
        <source>⇄</source>
        <translation>⇄</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>交换两侧</translation>
    </message>
    <message>
        <source>Select two or more articles in the library to compare them, or drop article files or folders on the window.</source>
        <translation>在资料库中选择两篇或更多文章进行比较，或将文章文件或文件夹拖放到窗口上。</translation>
    </message>
</context>
<context>
    <name>parallax::CoverageView</name>
    <message>
        <source>Claims</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重合</translation>
    </message>
    <message>
        <source>Unique claims</source>
        <translation>独家说法</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>出入</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>&amp;Unique only</source>
        <translation>仅独家(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quotes only</source>
        <translation>仅引语(&amp;Q)</translation>
    </message>
    <message>
        <source>With &amp;figures</source>
        <translation>含数字(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Blind</source>
        <translation>盲读(&amp;B)</translation>
    </message>
    <message>
        <source>Hide outlet names: show them as Outlet A, Outlet B, …</source>
        <translation>隐藏媒体名称：显示为媒体 A、媒体 B……</translation>
    </message>
    <message>
        <source>Shared by ≥ </source>
        <translation>至少共有 </translation>
    </message>
    <message>
        <source>Shared by at least this many outlets</source>
        <translation>至少由这么多家媒体共同报道</translation>
    </message>
    <message>
        <source>Story order</source>
        <translation>事件顺序</translation>
    </message>
    <message>
        <source>Most carried first</source>
        <translation>报道最多的在前</translation>
    </message>
    <message>
        <source>Fewest carried first</source>
        <translation>报道最少的在前</translation>
    </message>
    <message>
        <source>Order of the claims</source>
        <translation>说法的顺序</translation>
    </message>
    <message>
        <source>Claims matrix</source>
        <translation>说法矩阵</translation>
    </message>
    <message>
        <source>Choose a story or several articles to see who reported what.</source>
        <translation>选择一个事件或几篇文章，查看谁报道了什么。</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>完全相同</translation>
    </message>
    <message>
        <source>near-verbatim</source>
        <translation>几乎逐字</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>改写</translation>
    </message>
    <message>
        <source>only this outlet</source>
        <translation>仅此媒体</translation>
    </message>
    <message>
        <source>a figure, date, name or title differs</source>
        <translation>数字、日期、姓名或头衔不同</translation>
    </message>
    <message numerus="yes">
        <source>Working out who reported what across %Ln article(s)…</source>
        <translation>
            <numerusform>正在分析 %Ln 篇文章中谁报道了什么…</numerusform>
        </translation>
    </message>
    <message>
        <source>These cannot be one claim: a claim holds at most one sentence of each outlet.</source>
        <translation>无法合为一条说法：一条说法中每家媒体最多只有一个句子。</translation>
    </message>
    <message>
        <source>Same as Closest Elsewhere</source>
        <translation>与别处最接近的句子是同一说法</translation>
    </message>
    <message>
        <source>Same Claim As…</source>
        <translation>与……是同一说法</translation>
    </message>
    <message>
        <source>Not the Same Claim — Split</source>
        <translation>不是同一说法——拆分</translation>
    </message>
    <message>
        <source>Let the Matcher Decide</source>
        <translation>交由匹配程序决定</translation>
    </message>
    <message>
        <source>Not made one claim: the closest sentence, in %1, is in a claim that already holds a sentence of %2, and a claim holds at most one sentence of each outlet.</source>
        <translation>未合并：%1 中最接近的句子所属的说法已包含 %2 的一个句子，而一条说法中每家媒体最多只有一个句子。</translation>
    </message>
    <message>
        <source>Take Out the Sentence from %1</source>
        <translation>移出 %1 的句子</translation>
    </message>
    <message>
        <source>grouped by hand</source>
        <translation>手动归组</translation>
    </message>
</context>
<context>
    <name>parallax::DamagedLibraryPrompt</name>
    <message>
        <source>Damaged Library</source>
        <translation>资料库已损坏</translation>
    </message>
    <message>
        <source>The library %1 is damaged. Parallax has set it aside, unchanged, as %2.</source>
        <translation>资料库 %1 已损坏。Parallax 已将其原样移到一旁，名为 %2。</translation>
    </message>
    <message>
        <source>Restore its newest backup, made %1? What changed since then stays only in the damaged file.</source>
        <translation>要恢复其最新的备份（创建于 %1）吗？此后的更改只保留在已损坏的文件中。</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>恢复备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
</context>
<context>
    <name>parallax::DiscrepancyListView</name>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>不同之处</translation>
    </message>
    <message>
        <source>One outlet</source>
        <translation>一家媒体</translation>
    </message>
    <message>
        <source>Another outlet</source>
        <translation>另一家媒体</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>No differing figures, dates, names or titles found.</source>
        <translation>未发现不同的数字、日期、姓名或头衔。</translation>
    </message>
    <message>
        <source>Opposite word</source>
        <translation>反义词</translation>
    </message>
    <message>
        <source>Denial</source>
        <translation>否定</translation>
    </message>
</context>
<context>
    <name>parallax::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the comparison as an HTML page, PDF, JSON or CSV of claims</source>
        <translation>将对比保存为 HTML 页面、PDF、JSON 或说法的 CSV</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML 页面 (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>JSON 数据 (*.json)</translation>
    </message>
    <message>
        <source>CSV of claims (*.csv)</source>
        <translation>说法的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
</context>
<context>
    <name>parallax::ImportProgress</name>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>完成当前文件后停止…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file could not be imported.</source>
        <translation>
            <numerusform>%Ln 个文件无法导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be imported.</source>
        <translation>
            <numerusform>%Ln 个文件无法导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article was imported.</source>
        <translation>
            <numerusform>已导入 %Ln 篇文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles were imported.</source>
        <translation>
            <numerusform>已导入 %Ln 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %L1 of %L2: %3</source>
        <translation>正在导入第 %L1 个，共 %L2 个：%3</translation>
    </message>
</context>
<context>
    <name>parallax::LegendBar</name>
    <message>
        <source>Moved (dashed)</source>
        <translation>已移动（虚线）</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Every article in the library</source>
        <translation>资料库中的每一篇文章</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryPanel</name>
    <message>
        <source>Search the library</source>
        <translation>搜索资料库</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryService</name>
    <message>
        <source>No library is open.</source>
        <translation>没有打开的资料库。</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>粘贴的文章</translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation>无法保存笔记：%1</translation>
    </message>
    <message>
        <source>Could not change the note: %1</source>
        <translation>无法修改笔记：%1</translation>
    </message>
    <message>
        <source>Could not delete the note: %1</source>
        <translation>无法删除笔记：%1</translation>
    </message>
    <message>
        <source>Cannot restore the backup: %1</source>
        <translation>无法恢复备份：%1</translation>
    </message>
    <message>
        <source>the article it refreshes is no longer in the library</source>
        <translation>要刷新的文章已不在资料库中</translation>
    </message>
    <message>
        <source>Could not save the decision on the claim: %1</source>
        <translation>无法保存对该说法的决定：%1</translation>
    </message>
    <message>
        <source>Could not forget the decisions on the claim: %1</source>
        <translation>无法撤销对该说法的决定：%1</translation>
    </message>
</context>
<context>
    <name>parallax::LinkImport</name>
    <message>
        <source>Fetching %1 again…</source>
        <translation>正在重新获取 %1…</translation>
    </message>
    <message>
        <source>The article could not be refreshed.</source>
        <translation>无法刷新该文章。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The page is unchanged.</source>
        <translation>页面没有变化。</translation>
    </message>
    <message>
        <source>The page is now the same as article %1.</source>
        <translation>该页面现在与文章 %1 相同。</translation>
    </message>
    <message>
        <source>The page has changed: stored as a new version.</source>
        <translation>页面已更改：已保存为新版本。</translation>
    </message>
    <message>
        <source>Refresh from URL</source>
        <translation>从 URL 刷新</translation>
    </message>
    <message>
        <source>The page at %1 has changed since it was fetched. The new page is kept as the next version of the article, beside the old one.</source>
        <translation>位于 %1 的页面自获取以来已更改。新页面作为该文章的下一版本保存，与旧版本并存。</translation>
    </message>
    <message>
        <source>&amp;Compare Versions</source>
        <translation>比较版本(&amp;C)</translation>
    </message>
</context>
<context>
    <name>parallax::MainWindow</name>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>阅读(&amp;R)</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>资料库：%1</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>无法打开资料库 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %Ln articles…</source>
        <translation>
            <numerusform>正在对比 %Ln 篇文章…</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>剪贴板中没有可导入的文本。</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对 %2</translation>
    </message>
    <message>
        <source>Parallax</source>
        <translation>Parallax</translation>
    </message>
    <message>
        <source>%1 — Parallax</source>
        <translation>%1 — Parallax</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Paste Article</source>
        <translation>粘贴文章(&amp;P)</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>打开资料库(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Edit Article &amp;Details…</source>
        <translation>编辑文章详情(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Delete Article…</source>
        <translation>删除文章(&amp;D)…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;New Story from Selection…</source>
        <translation>从所选内容新建事件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename Story…</source>
        <translation>重命名事件(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lete Story…</source>
        <translation>删除事件(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove from &amp;Story</source>
        <translation>从事件中移除(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>下一处差异(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>上一处差异(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Unique Claim</source>
        <translation>下一条独家说法(&amp;U)</translation>
    </message>
    <message>
        <source>Previous U&amp;nique Claim</source>
        <translation>上一条独家说法(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>交换两侧(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Furniture</source>
        <translation>显示页面杂项(&amp;F)</translation>
    </message>
    <message>
        <source>Show ads, navigation and captions, greyed</source>
        <translation>以灰色显示广告、导航和图片说明</translation>
    </message>
    <message>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>同步滚动(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>关于 Parallax(&amp;A)</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>关于 Parallax</translation>
    </message>
    <message>
        <source>Parallax %1
Compare how news outlets cover the same story.</source>
        <translation>Parallax %1
比较不同新闻媒体对同一事件的报道。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>事件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add to Story</source>
        <translation>添加到事件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>No stories yet</source>
        <translation>还没有事件</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.xhtml *.md *.markdown);;All files (*)</source>
        <translation>文章 (*.txt *.html *.htm *.xhtml *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation>打开或新建资料库</translation>
    </message>
    <message>
        <source>Parallax libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Parallax 资料库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Story</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <source>Name of the story:</source>
        <translation>事件名称：</translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation>重命名事件</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>Delete this story? Its articles stay in the library.</source>
        <translation>删除此事件？其中的文章仍保留在资料库中。</translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation>删除文章</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln article from the library? This cannot be undone.</source>
        <translation>
            <numerusform>从资料库中删除 %Ln 篇文章？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln articles from the library? This cannot be undone.</source>
        <translation>
            <numerusform>从资料库中删除 %Ln 篇文章？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>报道覆盖(&amp;V)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Story Suggestions</source>
        <translation>事件建议</translation>
    </message>
    <message>
        <source>Suggest S&amp;tories for Loose Articles</source>
        <translation>为零散文章建议事件(&amp;T)</translation>
    </message>
    <message>
        <source>Aligned in %L1 ms</source>
        <translation>比对用时 %L1 毫秒</translation>
    </message>
    <message>
        <source>Comparing: %L1 of %L2 pairs</source>
        <translation>正在对比：第 %L1 对，共 %L2 对</translation>
    </message>
    <message>
        <source>Difference %L1 of %L2</source>
        <translation>第 %L1 处差异，共 %L2 处</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>打开 URL(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Refresh from URL</source>
        <translation>从 URL 刷新(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n of your decisions on claims: they would put two sentences of one outlet in one claim.</source>
        <translation>
            <numerusform>已略过您对说法的 %n 个决定：它们会把同一媒体的两个句子放进同一条说法。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::MetadataDialog</name>
    <message>
        <source>&amp;Known</source>
        <translation>已知(&amp;K)</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>文章详情</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>媒体(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>署名(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>发表日期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>parallax::OpenLinksDialog</name>
    <message>
        <source>Open URL</source>
        <translation>打开 URL</translation>
    </message>
    <message>
        <source>&amp;Links to fetch, one a line (http or https). Only the page itself is fetched, never the images, styles or scripts it names.</source>
        <translation>要获取的链接(&amp;L)，每行一个（http 或 https）。只获取页面本身，从不获取它引用的图片、样式或脚本。</translation>
    </message>
    <message>
        <source>Fetch results</source>
        <translation>获取结果</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>获取(&amp;F)</translation>
    </message>
    <message>
        <source>%1: fetching…</source>
        <translation>%1：正在获取…</translation>
    </message>
    <message>
        <source>%1: not an http or https link</source>
        <translation>%1：不是 http 或 https 链接</translation>
    </message>
    <message>
        <source>Nothing to fetch.</source>
        <translation>没有要获取的内容。</translation>
    </message>
    <message>
        <source>%1 of %2 links, %3</source>
        <translation>%2 个链接中的 %1 个，%3</translation>
    </message>
    <message>
        <source>%1 of %2 links</source>
        <translation>%2 个链接中的 %1 个</translation>
    </message>
    <message>
        <source>%1: fetched (%2)</source>
        <translation>%1：已获取（%2）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link could not be fetched.</source>
        <translation>
            <numerusform>%Ln 个链接无法获取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links could not be fetched.</source>
        <translation>
            <numerusform>%Ln 个链接无法获取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::OverlapHeatMap</name>
    <message>
        <source>Overlap between outlets</source>
        <translation>媒体之间的重合</translation>
    </message>
    <message>
        <source>No overlap to show yet.</source>
        <translation>暂无可显示的重合。</translation>
    </message>
    <message>
        <source>Share of the row outlet&apos;s words in runs it shares with the column outlet. Click a cell to compare the two side by side.</source>
        <translation>行中媒体的词语中，位于与列中媒体共有片段内的比例。点击单元格可并排对比两者。</translation>
    </message>
    <message>
        <source>%L1% of %2&apos;s words are in runs shared with %3. Click to compare them side by side.</source>
        <translation>%2 的词语中有 %L1% 位于与 %3 共有的片段中。点击可并排对比。</translation>
    </message>
</context>
<context>
    <name>parallax::OverviewRuler</name>
    <message>
        <source>Where this article shares text and where it stands alone; click to go there</source>
        <translation>本文与其他文章共有文本之处和独有之处；点击可跳转</translation>
    </message>
</context>
<context>
    <name>parallax::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> words</source>
        <translation> 个词</translation>
    </message>
    <message>
        <source>The shortest run of shared words highlighted as shared</source>
        <translation>作为共同内容高亮的最短共同词串</translation>
    </message>
    <message>
        <source>How similar two paragraphs must be to be linked; lower links more</source>
        <translation>两个段落需要多相似才会被链接；越低链接越多</translation>
    </message>
    <message>
        <source>How similar two paragraphs out of order must be to be linked as moved</source>
        <translation>两个顺序不同的段落需要多相似才会被链接为移动</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>比对</translation>
    </message>
    <message>
        <source>Minimum shared &amp;run:</source>
        <translation>最短共同词串(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Link threshold:</source>
        <translation>链接阈值(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Move threshold:</source>
        <translation>移动阈值(&amp;M)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>A new language is used when Parallax is next started.</source>
        <translation>新的语言将在下次启动 Parallax 时生效。</translation>
    </message>
</context>
<context>
    <name>parallax::QuotesView</name>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>措辞</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未具名）</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
</context>
<context>
    <name>parallax::ReaderView</name>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>编辑详情(&amp;D)…</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word</source>
        <translation>
            <numerusform>%Ln 个词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln 个词</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;Body Text</source>
        <translation>标记为正文(&amp;B)</translation>
    </message>
    <message>
        <source>Mark as &amp;Furniture</source>
        <translation>标记为页面杂项(&amp;F)</translation>
    </message>
    <message>
        <source>Furniture (ads, navigation, captions) takes no part in comparisons</source>
        <translation>页面杂项（广告、导航、图片说明）不参与对比</translation>
    </message>
    <message>
        <source>Mark as &amp;Heading</source>
        <translation>标记为标题(&amp;H)</translation>
    </message>
    <message>
        <source>Select one article in the library to read it here.</source>
        <translation>在资料库中选择一篇文章，即可在此阅读。</translation>
    </message>
    <message>
        <source>fetched from %1 on %2</source>
        <translation>于 %2 从 %1 获取</translation>
    </message>
    <message>
        <source>Correct the outlet, title, byline, date or language</source>
        <translation>更正媒体、标题、署名、日期或语言</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>语言未知</translation>
    </message>
</context>
<context>
    <name>parallax::SearchResultsModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>parallax::SideHeader</name>
    <message>
        <source>Choose the article this side shows</source>
        <translation>选择这一侧显示的文章</translation>
    </message>
    <message>
        <source>(unknown outlet)</source>
        <translation>（未知媒体）</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word</source>
        <translation>
            <numerusform>%Ln 个词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln 个词</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1% of this article is shared with %2</source>
        <translation>本文有 %L1% 与 %2 相同</translation>
    </message>
</context>
<context>
    <name>parallax::StoryGroupingPanel</name>
    <message>
        <source>Find stories among the articles that are in none, or check where new articles belong.</source>
        <translation>在尚未归入任何事件的文章中查找事件，或检查新文章应归入何处。</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Story proposals</source>
        <translation>事件建议</translation>
    </message>
    <message>
        <source>&amp;Find Stories</source>
        <translation>查找事件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;File Ticked Articles</source>
        <translation>归档勾选的文章(&amp;F)</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>Story %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>Looking for the stories these articles belong to…</source>
        <translation>正在查找这些文章所属的事件…</translation>
    </message>
    <message>
        <source>Grouping the articles that are in no story…</source>
        <translation>正在将未归入任何事件的文章分组…</translation>
    </message>
    <message>
        <source>No story in the library looks like these articles.</source>
        <translation>资料库中没有与这些文章相似的事件。</translation>
    </message>
    <message>
        <source>Untick what is wrong, then file the rest.</source>
        <translation>取消勾选错误的项，然后归档其余的。</translation>
    </message>
    <message>
        <source>The new story&apos;s name; double-click to change it.</source>
        <translation>新事件的名称；双击可修改。</translation>
    </message>
    <message>
        <source>The loose articles do not group into stories.</source>
        <translation>这些零散文章无法分组为事件。</translation>
    </message>
    <message>
        <source>Filed.</source>
        <translation>已归档。</translation>
    </message>
    <message>
        <source>Add “%1” to the story “%2” (%L3% alike)</source>
        <translation>将“%1”添加到事件“%2”（相似度 %L3%）</translation>
    </message>
    <message numerus="yes">
        <source>Stories proposed: %Ln. Rename or untick them, then file the rest.</source>
        <translation>
            <numerusform>建议的事件：%Ln 个。重命名或取消勾选，然后归档其余的。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::TimelineView</name>
    <message>
        <source>Published</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Wholly derived</source>
        <translation>完全转载</translation>
    </message>
    <message>
        <source>Partly derived</source>
        <translation>部分转载</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>独立报道</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>, most with %1</source>
        <translation>，与 %1 相同的最多</translation>
    </message>
    <message>
        <source>%1: %L2% of its words shared with other outlets</source>
        <translation>%1：%L2% 的词语与其他媒体相同</translation>
    </message>
</context>
<context>
    <name>parallax::UniqueClaimsView</name>
    <message>
        <source>Only this outlet reports</source>
        <translation>只有此媒体报道</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln claim(s) no other outlet makes</source>
        <translation>
            <numerusform>%1 — %Ln 条其他媒体没有的说法</numerusform>
        </translation>
    </message>
    <message>
        <source>Closest elsewhere: %1, %2 — “%3”</source>
        <translation>别处最接近：%1，%2——“%3”</translation>
    </message>
    <message>
        <source>Split by hand: you said it is not the claim the matcher put it in.</source>
        <translation>已手动拆分：您认定它与匹配程序归入的说法不同。</translation>
    </message>
    <message>
        <source>Nothing elsewhere comes close.</source>
        <translation>别处没有相近的句子。</translation>
    </message>
    <message>
        <source>Activate to read that sentence&apos;s claim.</source>
        <translation>激活以查看该句子所属的说法。</translation>
    </message>
</context>
</TS>
