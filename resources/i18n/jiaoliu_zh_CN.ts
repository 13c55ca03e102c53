<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="50"/>
        <source>About Jiaoliu</source>
        <translation>关于交流</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="52"/>
        <source>An offline companion for English–Chinese exchange: read, look up, translate, keep and review.</source>
        <translation>离线的中英交流助手：阅读、查词、翻译、收藏、复习。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="56"/>
        <source>Everything stays on this computer. No account, and no network unless you download a translation model.</source>
        <translation>所有内容都保存在这台电脑上。无需账号；除非你下载翻译模型，否则不联网。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="68"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="68"/>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="68"/>
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="72"/>
        <source>Dictionary data from CC-CEDICT is shared under the Creative Commons Attribution-ShareAlike 4.0 licence; the slang glossary is written by the Jiaoliu authors.</source>
        <translation>词典数据来自 CC-CEDICT，按知识共享署名-相同方式共享 4.0 许可协议发布；俚语词库由交流的作者编写。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="76"/>
        <source>Data and libraries</source>
        <translation>数据与程序库</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="59"/>
        <source>Point at or click a word to see its dictionary entry.</source>
        <translation>将鼠标指向或点击词语，即可查看词典释义。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="78"/>
        <source>Not in the dictionary as one word.</source>
        <translation>词典中没有作为整词收录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="81"/>
        <source>Characters</source>
        <translation>单字</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="85"/>
        <source>Source: CC-CEDICT (CC BY-SA 4.0)</source>
        <translation>来源：CC-CEDICT（CC BY-SA 4.0）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="90"/>
        <source>Chinese words for “{word}”</source>
        <translation>“{word}”对应的中文词语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="92"/>
        <source>No Chinese words found for “{word}”.</source>
        <translation>没有找到“{word}”对应的中文词语。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Jiaoliu 交流</source>
        <translation>交流 Jiaoliu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>&amp;Open Text File…</source>
        <translation>打开文本文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103"/>
        <source>&amp;About Jiaoliu</source>
        <translation>关于交流(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Dictionary ready</source>
        <translation>词典已就绪</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>Dictionary not ready</source>
        <translation>词典尚未就绪</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>Open Text File</source>
        <translation>打开文本文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>文本文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192"/>
        <source>the file is larger than 5 MB</source>
        <translation>文件超过 5 MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197"/>
        <source>it is not UTF-8 text</source>
        <translation>它不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>The file could not be opened: {reason}.</source>
        <translation>无法打开文件：{reason}。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="88"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="90"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="91"/>
        <source>Pinyin style:</source>
        <translation>拼音样式：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="92"/>
        <source>Reader text size:</source>
        <translation>阅读器字号：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="93"/>
        <source>Tone sandhi:</source>
        <translation>变调：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="94"/>
        <source>Tone colours:</source>
        <translation>声调颜色：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="95"/>
        <source>Colours for tones 1–5:</source>
        <translation>第 1–5 声的颜色：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="96"/>
        <source>Glossary:</source>
        <translation>词库：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="100"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="103"/>
        <source>Tone marks (nǐ hǎo)</source>
        <translation>声调符号（nǐ hǎo）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="103"/>
        <source>Tone numbers (ni3 hao3)</source>
        <translation>数字声调（ni3 hao3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="103"/>
        <source>Zhuyin (ㄋㄧˇ ㄏㄠˇ)</source>
        <translation>注音符号（ㄋㄧˇ ㄏㄠˇ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="106"/>
        <source>Show tones as spoken</source>
        <translation>按实际读音显示声调</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="107"/>
        <source>Colour characters and pinyin by tone</source>
        <translation>按声调给汉字和拼音着色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="108"/>
        <source>Hide vulgar and offensive entries</source>
        <translation>隐藏粗俗和冒犯性词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="109"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../app/ui/views/reader.py" line="154"/>
        <source>Reader</source>
        <translation>阅读器</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="157"/>
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="159"/>
        <source>Tone marks</source>
        <translation>声调符号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="160"/>
        <source>Tone numbers</source>
        <translation>数字声调</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="161"/>
        <source>Zhuyin</source>
        <translation>注音</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="165"/>
        <source>Show pinyin</source>
        <translation>显示拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="166"/>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="167"/>
        <source>Tone sandhi</source>
        <translation>变调</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="168"/>
        <source>Show the tones as spoken: 不 and 一 change, and 3-3 becomes 2-3.</source>
        <translation>按实际读音显示声调：“不”和“一”会变调，两个三声相连时前一个读二声。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="169"/>
        <source>Tone colours</source>
        <translation>声调颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="170"/>
        <source>Copy as pinyin</source>
        <translation>复制为拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="171"/>
        <source>Copy the whole text as pinyin (Ctrl+Shift+C)</source>
        <translation>将全文复制为拼音（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="172"/>
        <source>Paste or type Chinese, English or mixed text…</source>
        <translation>粘贴或输入中文、英文或中英混合文本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="173"/>
        <source>Look up: 汉字, pinyin (ni3 hao3, nǐ hǎo) or English</source>
        <translation>查词：汉字、拼音（ni3 hao3、nǐ hǎo）或英文</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="174"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="235"/>
        <source>This text has {total} characters; the Reader shows the first {shown}. The whole text stays in the editor.</source>
        <translation>这段文本共有 {total} 个字符，阅读器只显示前 {shown} 个。完整文本仍保留在编辑框中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="293"/>
        <source>The text could not be annotated: {error}</source>
        <translation>无法为文本添加注音：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="318"/>
        <source>The text could not be saved: {error}</source>
        <translation>无法保存文本：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="349"/>
        <location filename="../../app/ui/views/reader.py" line="380"/>
        <source>The dictionary is being prepared; this takes a few seconds the first time.</source>
        <translation>正在准备词典；首次使用需要几秒钟。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="392"/>
        <source>Copied the text as pinyin.</source>
        <translation>已将文本复制为拼音。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/app.py" line="56"/>
        <source>Start with a new, empty database? The damaged file is kept beside it, renamed, so nothing is deleted.</source>
        <translation>要使用一个新的空数据库吗？损坏的文件会改名后保留在原处，不会删除任何内容。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/ui/app.py" line="114"/>
        <source>Preparing dictionary… {percent}%</source>
        <translation>正在准备词典… {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="123"/>
        <source>Dictionary unavailable: {error}</source>
        <translation>词典不可用：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="137"/>
        <source>Something went wrong: {error}</source>
        <translation>出错了：{error}</translation>
    </message>
</context>
</TS>
