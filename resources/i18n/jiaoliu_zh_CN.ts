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
    <name>AddCardsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="35"/>
        <source>Add study cards</source>
        <translation>添加学习卡片</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="107"/>
        <source>Bundled slang</source>
        <translation>内置俚语</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="47"/>
        <source>Search the glossary…</source>
        <translation>搜索俚语词库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="149"/>
        <source>Phrases</source>
        <translation>短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="150"/>
        <source>Glossary entries</source>
        <translation>俚语词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="56"/>
        <source>A whole deck</source>
        <translation>整个词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="59"/>
        <source>Chinese → meaning and pinyin</source>
        <translation>中文 → 意思和拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="60"/>
        <source>Meaning → Chinese</source>
        <translation>意思 → 中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="61"/>
        <source>Tone and pinyin drill (typed)</source>
        <translation>声调和拼音练习（输入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="62"/>
        <source>Listening</source>
        <translation>听力</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="67"/>
        <source>Listening cards need a Chinese text-to-speech voice, and none was found on this computer.</source>
        <translation>听力卡片需要中文语音合成（TTS）声音，这台电脑上没有找到。</translation>
    </message>
</context>
<context>
    <name>CardFace</name>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="94"/>
        <source>Play again</source>
        <translation>再听一遍</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="95"/>
        <source>Show answer (space)</source>
        <translation>显示答案（空格）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="96"/>
        <source>Type the pinyin: tone numbers (ni3 hao3) or marks (nǐ hǎo)</source>
        <translation>输入拼音：数字声调（ni3 hao3）或声调符号（nǐ hǎo）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="127"/>
        <source>Again</source>
        <translation>重来</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="127"/>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="127"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="127"/>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="164"/>
        <source>Say or write it in Chinese.</source>
        <translation>用中文说出来或写出来。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="167"/>
        <source>Listen: what does it mean?</source>
        <translation>听一听：这是什么意思？</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="191"/>
        <source>Right, tones and all.</source>
        <translation>全对，声调也对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="193"/>
        <source>Tone errors (orange): {tone} · spelling errors (red): {spelling}</source>
        <translation>声调错误（橙色）：{tone} · 拼写错误（红色）：{spelling}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="202"/>
        <source>&lt;1 min</source>
        <translation>&lt;1 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="204"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="206"/>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="209"/>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="211"/>
        <source>{n} mo</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="212"/>
        <source>{n} y</source>
        <translation>{n} 年</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="97"/>
        <source>Import glossary</source>
        <translation>导入词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="98"/>
        <source>In “{deck}”, entries where the file differs from your own values: {count}.</source>
        <translation>在“{deck}”中，文件与你自己的内容不同的词条：{count} 条。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="101"/>
        <source>Everything else in the file is merged either way.</source>
        <translation>无论选哪一项，文件中的其他内容都会合并。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="102"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="103"/>
        <source>Take the file’s</source>
        <translation>采用文件的</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="64"/>
        <source>Delete all my data</source>
        <translation>删除我的全部数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="67"/>
        <source>This deletes your phrases, sessions, glossary decks, Reader texts, study progress, backups and preferences from this computer. It cannot be undone; export your data first if you may want it back. Jiaoliu closes afterwards and starts fresh next time.

Type {word} to confirm.</source>
        <translation>这将从本机删除你的短语、会话、词库、阅读文本、学习进度、备份和偏好设置，且无法撤销；如果以后可能还需要，请先导出数据。之后交流会关闭，下次启动时从头开始。

输入 {word} 以确认。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="72"/>
        <source>Also delete the translation models (they can be downloaded again)</source>
        <translation>同时删除翻译模型（可以重新下载）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="73"/>
        <source>Delete everything</source>
        <translation>全部删除</translation>
    </message>
</context>
<context>
    <name>EngineLabel</name>
    <message>
        <location filename="../../app/ui/widgets/engine_where.py" line="28"/>
        <source>this computer</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/engine_where.py" line="29"/>
        <source>{name} · {where}</source>
        <translation>{name} · {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/engine_where.py" line="31"/>
        <source>Translated on this computer: your text stays here.</source>
        <translation>在这台电脑上翻译：你的文字不会离开这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/engine_where.py" line="33"/>
        <source>Your text is sent to {host} to be translated.</source>
        <translation>你的文字会发送到 {host} 进行翻译。</translation>
    </message>
</context>
<context>
    <name>EngineSettingsBox</name>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="77"/>
        <source>Translation engine</source>
        <translation>翻译引擎</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="78"/>
        <source>Engine:</source>
        <translation>引擎：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="78"/>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="78"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="78"/>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="82"/>
        <source>Argos (offline, on this computer)</source>
        <translation>Argos（离线，在这台电脑上）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="83"/>
        <source>LibreTranslate server</source>
        <translation>LibreTranslate 服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="84"/>
        <source>LLM server (OpenAI-compatible: Ollama, llama.cpp, LM Studio, vLLM)</source>
        <translation>大模型服务器（兼容 OpenAI：Ollama、llama.cpp、LM Studio、vLLM）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="88"/>
        <source>Optional; kept in the system keyring, not in a file</source>
        <translation>可选；保存在系统钥匙串中，不写入文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="89"/>
        <source>Allow unencrypted on my local network (http://)</source>
        <translation>允许在本地网络中不加密连接（http://）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="90"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="91"/>
        <source>Ask the server what it translates and which models it has</source>
        <translation>询问服务器支持哪些翻译方向、有哪些模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="163"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="170"/>
        <source>On this computer.</source>
        <translation>在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="172"/>
        <source>Text goes to {host}.</source>
        <translation>文字会发送到 {host}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="177"/>
        <source>Translates {pairs}.</source>
        <translation>可翻译：{pairs}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="179"/>
        <source>It does not translate English↔Chinese.</source>
        <translation>它不支持英汉互译。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/engine_settings.py" line="187"/>
        <source>Models: {models}</source>
        <translation>模型：{models}</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <location filename="../../app/core/engines/llm_format.py" line="17"/>
        <source>The model&apos;s answer could not be read, so this is a plain translation without slang explanations.</source>
        <translation>无法读取模型的回答，因此这是不带俚语解释的普通译文。</translation>
    </message>
    <message>
        <location filename="../../app/core/engines/llm_format.py" line="20"/>
        <source>The model skipped some sentences; they are shown with a dictionary gloss.</source>
        <translation>模型跳过了一些句子；这些句子显示为词典逐词释义。</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="105"/>
        <source>Glossary entry</source>
        <translation>词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="107"/>
        <source>Term:</source>
        <translation>词语：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="108"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="109"/>
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="110"/>
        <source>Meaning in English:</source>
        <translation>英文释义：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="111"/>
        <source>Meaning in Chinese:</source>
        <translation>中文释义：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="112"/>
        <source>Literally:</source>
        <translation>字面意思：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="113"/>
        <source>Other forms:</source>
        <translation>其他形式：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="114"/>
        <source>Register:</source>
        <translation>语体：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="115"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="116"/>
        <source>Since (year):</source>
        <translation>起始年份：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="117"/>
        <source>Examples:</source>
        <translation>例句：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="118"/>
        <source>Detection:</source>
        <translation>识别：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="122"/>
        <source>Left empty, it is filled in for Chinese terms</source>
        <translation>留空时会为中文词语自动填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="123"/>
        <source>Separated by semicolons: spellings, inflections, full forms</source>
        <translation>用分号分隔：拼写、变形、全称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="124"/>
        <source>Separated by semicolons, e.g. praise; meme</source>
        <translation>用分号分隔，例如 praise; meme</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="125"/>
        <source>One per line: example | translation</source>
        <translation>每行一句：例句 | 译文</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="126"/>
        <source>Find the term on its own in texts (untick for ordinary words)</source>
        <translation>在文本中单独识别这个词（普通词语请取消勾选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="140"/>
        <source>literal</source>
        <translation>字面</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="140"/>
        <source>slang</source>
        <translation>俚语</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/entry_editor.py" line="144"/>
        <source>This term has %n senses. A meaning you change here becomes its slang sense&apos;s meaning.</source>
        <translation>
            <numerusform>这个词有 %n 个义项。在这里改的释义会成为它俚语义项的释义。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/entry_editor.py" line="150"/>
        <source>This term has %n senses; each keeps its own meaning (edit them through a CSV export and import). The meaning here is their overview.</source>
        <translation>
            <numerusform>这个词有 %n 个义项，各自保留自己的释义（可通过导出再导入 CSV 修改）。这里的释义是它们的概述。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="192"/>
        <source>The term is empty.</source>
        <translation>词语为空。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="195"/>
        <source>Write what it means, in English or in Chinese.</source>
        <translation>请用英文或中文写出它的意思。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="247"/>
        <source>Corrected</source>
        <translation>改正后</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="248"/>
        <location filename="../../app/ui/widgets/session_editor.py" line="262"/>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="249"/>
        <source>Why (optional)</source>
        <translation>说明（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="250"/>
        <source>Changes</source>
        <translation>修改之处</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="251"/>
        <source>Start from the original</source>
        <translation>从原文开始改</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="252"/>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="254"/>
        <source>The corrected text</source>
        <translation>改正后的文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="255"/>
        <source>Explain the correction to the student</source>
        <translation>向学生解释这处修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="260"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="261"/>
        <source>Answer</source>
        <translation>解答</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="263"/>
        <source>Correction</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="264"/>
        <location filename="../../app/ui/widgets/session_editor.py" line="286"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="280"/>
        <source>Add an entry with the buttons above.</source>
        <translation>用上方的按钮添加一条记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="282"/>
        <source>The question, or the homework as pasted</source>
        <translation>问题，或粘贴的作业</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="283"/>
        <source>The answer or explanation</source>
        <translation>解答或讲解</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="284"/>
        <source>Text to translate</source>
        <translation>要翻译的文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="285"/>
        <source>Original (as the student wrote it)</source>
        <translation>原文（学生写的）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="309"/>
        <source>Saved as phrases: {phrases}</source>
        <translation>已存为短语：{phrases}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="340"/>
        <source>Type the corrected text to see the changes.</source>
        <translation>输入改正后的文字即可看到修改之处。</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="78"/>
        <source>Point at or click a word to see its dictionary entry.</source>
        <translation>将鼠标指向或点击词语，即可查看词典释义。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="98"/>
        <source>Not in the dictionary as one word.</source>
        <translation>词典中没有作为整词收录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="101"/>
        <source>Characters</source>
        <translation>单字</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="106"/>
        <source>Source: CC-CEDICT (CC BY-SA 4.0)</source>
        <translation>来源：CC-CEDICT（CC BY-SA 4.0）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="121"/>
        <source>Slang</source>
        <translation>网络用语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="123"/>
        <source>Platform word</source>
        <translation>平台用语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="123"/>
        <source>Everyday word</source>
        <translation>日常词</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="124"/>
        <source>Literally</source>
        <translation>字面意思</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="148"/>
        <source>Not sure which sense is meant here. Most likely first:</source>
        <translation>无法确定此处的意思，按可能性排列：</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="165"/>
        <source>Chinese words for “{word}”</source>
        <translation>“{word}”对应的中文词语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="179"/>
        <source>Also in the glossary</source>
        <translation>词汇表中的相关条目</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="192"/>
        <source>No Chinese words found for “{word}”.</source>
        <translation>没有找到“{word}”对应的中文词语。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/core/engines/base.py" line="109"/>
        <location filename="../../app/core/engines/base.py" line="111"/>
        <source>The address {url} is not a valid URL.</source>
        <translation>地址 {url} 不是有效的网址。</translation>
    </message>
    <message>
        <location filename="../../app/core/engines/base.py" line="145"/>
        <source>Your text would be sent to {host}. Confirm this server in Preferences before using it.</source>
        <translation>你的文字会被发送到 {host}。使用前请先在偏好设置中确认这台服务器。</translation>
    </message>
    <message>
        <location filename="../../app/core/engines/base.py" line="152"/>
        <source>{host} is reached over plain http, so your text would travel unencrypted. Use https, or allow unencrypted connections on your local network in Preferences.</source>
        <translation>连接 {host} 使用的是普通 http，你的文字将以未加密的方式传输。请改用 https，或在偏好设置中允许本地网络内的未加密连接。</translation>
    </message>
    <message>
        <location filename="../../app/data/glossary_store.py" line="111"/>
        <location filename="../../app/data/study_store.py" line="190"/>
        <source>There is no deck {deck_id}.</source>
        <translation>没有编号为 {deck_id} 的词库。</translation>
    </message>
    <message>
        <location filename="../../app/data/glossary_store.py" line="132"/>
        <source>The bundled deck cannot be renamed.</source>
        <translation>内置词库不能重命名。</translation>
    </message>
    <message>
        <location filename="../../app/data/glossary_store.py" line="141"/>
        <source>The bundled deck cannot be deleted.</source>
        <translation>内置词库不能删除。</translation>
    </message>
    <message>
        <location filename="../../app/data/glossary_store.py" line="155"/>
        <source>A deck needs a name.</source>
        <translation>词库需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/data/glossary_store.py" line="157"/>
        <source>A deck name can have at most 80 characters.</source>
        <translation>词库名称最多 80 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/data/glossary_store.py" line="161"/>
        <source>There is already a deck called “{name}”.</source>
        <translation>已经有名为“{name}”的词库了。</translation>
    </message>
    <message>
        <location filename="../../app/data/glossary_store.py" line="192"/>
        <source>Entries are added to your own decks, not to the bundled one.</source>
        <translation>词条只能添加到你自己的词库，不能加到内置词库。</translation>
    </message>
    <message>
        <location filename="../../app/data/glossary_store.py" line="206"/>
        <source>Bundled entries are read-only; copy the entry to your deck to change it.</source>
        <translation>内置词条是只读的；请先复制到你的词库再修改。</translation>
    </message>
    <message>
        <location filename="../../app/data/glossary_store.py" line="226"/>
        <source>Bundled entries cannot be deleted; hide them with the filters instead.</source>
        <translation>内置词条不能删除；可以用筛选条件把它们隐藏。</translation>
    </message>
    <message>
        <location filename="../../app/data/glossary_store.py" line="253"/>
        <source>Choose a deck to import into.</source>
        <translation>请选择要导入到的词库。</translation>
    </message>
    <message>
        <location filename="../../app/data/glossary_store.py" line="286"/>
        <location filename="../../app/services/glossary.py" line="195"/>
        <source>Imports go into your own decks.</source>
        <translation>只能导入到你自己的词库。</translation>
    </message>
    <message>
        <location filename="../../app/data/glossary_store.py" line="337"/>
        <source>The entry {key} no longer exists.</source>
        <translation>词条 {key} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/data/glossary_store.py" line="349"/>
        <source>This deck already has “{row}”.</source>
        <translation>这个词库中已经有“{row}”了。</translation>
    </message>
    <message>
        <location filename="../../app/data/paths.py" line="70"/>
        <source>Cannot create the folder {folder}: {strerror_or_exc}</source>
        <translation>无法创建文件夹 {folder}：{strerror_or_exc}</translation>
    </message>
    <message>
        <location filename="../../app/data/paths.py" line="76"/>
        <source>The folder {folder} is read-only; Jiaoliu needs to write there.</source>
        <translation>文件夹 {folder} 是只读的；交流需要在那里写入数据。</translation>
    </message>
    <message>
        <location filename="../../app/data/phrases.py" line="102"/>
        <source>The {what} is too long (at most {limit} characters).</source>
        <translation>{what}太长了（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../app/data/phrases.py" line="139"/>
        <location filename="../../app/data/phrases.py" line="175"/>
        <source>A phrase needs some text.</source>
        <translation>短语不能为空。</translation>
    </message>
    <message>
        <location filename="../../app/data/phrases.py" line="168"/>
        <source>A phrase has no field {field} to change.</source>
        <translation>短语没有可修改的字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../app/data/phrases.py" line="257"/>
        <source>The phrase {phrase_id} no longer exists.</source>
        <translation>短语 {phrase_id} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/data/sessions.py" line="69"/>
        <location filename="../../app/data/sessions.py" line="122"/>
        <source>There is no session {session_id}.</source>
        <translation>没有编号为 {session_id} 的辅导记录。</translation>
    </message>
    <message>
        <location filename="../../app/data/sessions.py" line="77"/>
        <source>A session has no field {field} to change.</source>
        <translation>辅导记录没有可修改的字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../app/data/sessions.py" line="93"/>
        <source>A session needs a title.</source>
        <translation>辅导记录需要一个标题。</translation>
    </message>
    <message>
        <location filename="../../app/data/sessions.py" line="96"/>
        <source>A title can have at most {max_title} characters.</source>
        <translation>标题最多 {max_title} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/data/sessions.py" line="102"/>
        <source>The direction of help is one of {choices}, not {value}.</source>
        <translation>帮助方向应为 {choices} 之一，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/data/sessions.py" line="108"/>
        <source>The {what} can have at most {max_field} characters.</source>
        <translation>{what}最多 {max_field} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/data/sessions.py" line="292"/>
        <source>The {what} is too long (at most {max_text} characters).</source>
        <translation>{what}太长了（最多 {max_text} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../app/data/sessions.py" line="225"/>
        <source>The entry {entry_id} no longer exists.</source>
        <translation>记录 {entry_id} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/data/sessions.py" line="266"/>
        <source>An entry has no field {field} to change.</source>
        <translation>记录没有可修改的字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../app/data/sessions.py" line="285"/>
        <source>An entry is a {choices} or {last}, not {value}.</source>
        <translation>记录的类型应为 {choices} 或 {last}，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/data/sessions.py" line="329"/>
        <source>The new order must list each entry of the session exactly once.</source>
        <translation>新的顺序必须把本次辅导的每条记录恰好列出一次。</translation>
    </message>
    <message>
        <location filename="../../app/data/study_store.py" line="43"/>
        <source>The desired retention must be between 0.70 and 0.99.</source>
        <translation>目标记忆率必须在 0.70 到 0.99 之间。</translation>
    </message>
    <message>
        <location filename="../../app/data/study_store.py" line="45"/>
        <source>New cards per day must be between 0 and 9999.</source>
        <translation>每天新卡片数必须在 0 到 9999 之间。</translation>
    </message>
    <message>
        <location filename="../../app/data/study_store.py" line="147"/>
        <source>Unknown card type {field}.</source>
        <translation>未知的卡片类型 {field}。</translation>
    </message>
    <message>
        <location filename="../../app/data/study_store.py" line="156"/>
        <source>The {kind} {ref} no longer exists.</source>
        <translation>{kind} {ref} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/data/study_store.py" line="211"/>
        <source>Unknown source kind {kind}.</source>
        <translation>未知的来源类型 {kind}。</translation>
    </message>
    <message>
        <location filename="../../app/data/study_store.py" line="365"/>
        <source>There is no study card {card_id}.</source>
        <translation>没有编号为 {card_id} 的学习卡片。</translation>
    </message>
    <message>
        <location filename="../../app/data/study_store.py" line="377"/>
        <source>A grade is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).</source>
        <translation>评分只能是 1（重来）、2（困难）、3（良好）或 4（简单）。</translation>
    </message>
    <message>
        <location filename="../../app/data/study_store.py" line="416"/>
        <source>There is no grade to undo.</source>
        <translation>没有可以撤销的评分。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/argos.py" line="51"/>
        <source>No {source}→{target} translation model is installed.</source>
        <translation>尚未安装 {source}→{target} 翻译模型。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/factory.py" line="48"/>
        <source>Unknown translation engine {kind}; use one of {kinds}.</source>
        <translation>未知的翻译引擎 {kind}；请使用 {kinds} 之一。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/http.py" line="43"/>
        <source>The server at {host} refused the request: check the API key.</source>
        <translation>{host} 上的服务器拒绝了请求：请检查 API 密钥。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/http.py" line="49"/>
        <source>The server at {host} is busy (too many requests); try again later.</source>
        <translation>{host} 上的服务器正忙（请求过多），请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/http.py" line="55"/>
        <source>The server at {host} has no {path}: check the address.</source>
        <translation>{host} 上的服务器没有 {path}：请检查地址。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/http.py" line="61"/>
        <source>The server at {host} failed (HTTP {status}): {detail}</source>
        <translation>{host} 上的服务器出错（HTTP {status}）：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/http.py" line="69"/>
        <source>The server at {host} did not answer within {seconds} seconds.</source>
        <translation>{host} 上的服务器在 {seconds} 秒内没有响应。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/http.py" line="75"/>
        <source>Could not reach the server at {host}: is it running? ({detail})</source>
        <translation>无法连接 {host} 上的服务器：它在运行吗？（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/http.py" line="147"/>
        <source>The server at {host} sent an answer that is not JSON.</source>
        <translation>{host} 上的服务器返回的内容不是 JSON。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/libretranslate.py" line="77"/>
        <source>The server at {host} does not translate {source}→{target}.</source>
        <translation>{host} 上的服务器不支持 {source}→{target} 翻译。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/libretranslate.py" line="130"/>
        <source>The server at {host} does not answer like a LibreTranslate server.</source>
        <translation>{host} 上的服务器的响应不像 LibreTranslate 服务器。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/llm.py" line="70"/>
        <source>The server at {host} does not answer like an OpenAI-compatible server.</source>
        <translation>{host} 上的服务器的响应不像兼容 OpenAI 的服务器。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/llm.py" line="85"/>
        <source>The server at {host} serves no model.</source>
        <translation>{host} 上的服务器没有提供任何模型。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/llm.py" line="91"/>
        <source>The server at {host} has no model {model}; it serves {served}.</source>
        <translation>{host} 上的服务器没有模型 {model}；它提供的是 {served}。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/secrets.py" line="43"/>
        <source>The API key could not be saved: this system has no keyring ({detail}).</source>
        <translation>无法保存 API 密钥：这个系统没有钥匙串（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/engines/secrets.py" line="58"/>
        <source>The API key could not be removed: this system has no keyring ({detail}).</source>
        <translation>无法删除 API 密钥：这个系统没有钥匙串（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary.py" line="131"/>
        <source>Unknown conflict policy {policy}; use keep or replace.</source>
        <translation>未知的冲突处理方式 {policy}；请使用 keep 或 replace。</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary.py" line="208"/>
        <location filename="../../app/services/study.py" line="101"/>
        <source>There is no deck called “{deck_name}”.</source>
        <translation>没有名为“{deck_name}”的词库。</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary.py" line="221"/>
        <location filename="../../app/services/phrasebook.py" line="97"/>
        <source>Unknown export format {fmt}; use csv, json or apkg.</source>
        <translation>未知的导出格式 {fmt}；请使用 csv、json 或 apkg。</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="44"/>
        <location filename="../../app/services/models.py" line="392"/>
        <source>Cannot install {file}: {reason}.</source>
        <translation>无法安装 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="48"/>
        <source>Cannot install {file}: it is not a readable zip archive ({detail}).</source>
        <translation>无法安装 {file}：它不是可读取的 zip 压缩包（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="54"/>
        <source>Cannot install {file}: it uses an unsupported zip compression ({detail}).</source>
        <translation>无法安装 {file}：它使用了不支持的 zip 压缩方式（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="60"/>
        <source>Cannot install {file}: the file cannot be read ({detail}).</source>
        <translation>无法安装 {file}：无法读取该文件（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="69"/>
        <source>the archive is empty</source>
        <translation>压缩包是空的</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="72"/>
        <source>it has {count} entries, more than a model package ever needs</source>
        <translation>它包含 {count} 个文件，远超模型包所需</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="76"/>
        <source>it lists the same entry twice</source>
        <translation>其中同一个文件出现了两次</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="83"/>
        <source>it must hold exactly one top-level folder but holds {count} ({names})</source>
        <translation>它应当只有一个顶层文件夹，实际却有 {count} 个（{names}）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="89"/>
        <source>its top-level entry {entry} is a file, not a folder</source>
        <translation>它的顶层条目 {entry} 是文件而不是文件夹</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="99"/>
        <source>it has an entry with an absolute path ({entry})</source>
        <translation>其中有使用绝对路径的条目（{entry}）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="103"/>
        <source>it has an entry with a backslash or NUL in its name ({entry})</source>
        <translation>其中有名称含反斜杠或 NUL 的条目（{entry}）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="108"/>
        <source>it has an entry that points outside its folder ({entry})</source>
        <translation>其中有指向文件夹之外的条目（{entry}）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="111"/>
        <source>it has a malformed entry name ({entry})</source>
        <translation>其中有格式错误的条目名称（{entry}）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="113"/>
        <source>it has a password-protected entry ({entry})</source>
        <translation>其中有受密码保护的条目（{entry}）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="116"/>
        <source>it contains a symbolic link ({entry})</source>
        <translation>其中包含符号链接（{entry}）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="118"/>
        <source>it contains a special file ({entry})</source>
        <translation>其中包含特殊文件（{entry}）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="126"/>
        <source>it would unpack to {size} GB, more than the 4 GB limit</source>
        <translation>解压后将达到 {size} GB，超过 4 GB 的上限</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="132"/>
        <source>its entry {entry} is compressed implausibly well (a zip bomb?)</source>
        <translation>其中的条目 {entry} 压缩率高得不合常理（可能是压缩炸弹？）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="141"/>
        <location filename="../../app/core/argos_archive.py" line="167"/>
        <source>it has no {file}</source>
        <translation>其中没有 {file}</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="143"/>
        <location filename="../../app/core/argos_archive.py" line="173"/>
        <source>its metadata.json is implausibly large</source>
        <translation>其中的 metadata.json 大得不合常理</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="151"/>
        <source>its metadata.json is not valid JSON</source>
        <translation>其中的 metadata.json 不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="153"/>
        <source>its metadata.json does not hold a JSON object</source>
        <translation>其中的 metadata.json 不是一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="170"/>
        <source>its metadata.json cannot be read ({detail})</source>
        <translation>无法读取其中的 metadata.json（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="196"/>
        <source>its model files cannot be read ({detail})</source>
        <translation>无法读取其中的模型文件（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="199"/>
        <source>its model/model.bin is not a CTranslate2 model</source>
        <translation>其中的 model/model.bin 不是 CTranslate2 模型</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="201"/>
        <source>its sentencepiece.model is not a SentencePiece model</source>
        <translation>其中的 sentencepiece.model 不是 SentencePiece 模型</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="211"/>
        <source>its model/config.json is implausibly large</source>
        <translation>其中的 model/config.json 大得不合常理</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="217"/>
        <source>its model/config.json cannot be read ({detail})</source>
        <translation>无法读取其中的 model/config.json（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="220"/>
        <source>its model/config.json is not valid JSON</source>
        <translation>其中的 model/config.json 不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="249"/>
        <source>its metadata.json gives {key} as {value}, which is not text</source>
        <translation>其中的 metadata.json 把 {key} 写成了 {value}，这不是文本</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="251"/>
        <source>its metadata.json gives {key} as {value}, which is not a list</source>
        <translation>其中的 metadata.json 把 {key} 写成了 {value}，这不是列表</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="257"/>
        <source>its metadata.json has no {key}</source>
        <translation>其中的 metadata.json 缺少 {key}</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="261"/>
        <source>it is a {kind} package, not a translation model</source>
        <translation>它是 {kind} 包，不是翻译模型</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="266"/>
        <source>it translates {source} to {target}, but Jiaoliu only uses English↔Chinese models (en, zh)</source>
        <translation>它是 {source} 到 {target} 的模型，但交流只使用英汉互译模型（en、zh）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="276"/>
        <source>it is named {name}, but its metadata.json says it translates {source}→{target}</source>
        <translation>它的名称是 {name}，但其中的 metadata.json 说它翻译 {source}→{target}</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="292"/>
        <source>it has no model/model.bin (the CTranslate2 model)</source>
        <translation>其中没有 model/model.bin（CTranslate2 模型）</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="297"/>
        <source>it uses a BPE tokenizer (bpe.model); Jiaoliu only supports SentencePiece models</source>
        <translation>它使用 BPE 分词器（bpe.model）；交流只支持 SentencePiece 模型</translation>
    </message>
    <message>
        <location filename="../../app/core/argos_archive.py" line="301"/>
        <source>it has no sentencepiece.model (the tokenizer)</source>
        <translation>其中没有 sentencepiece.model（分词器）</translation>
    </message>
    <message>
        <location filename="../../app/core/translator.py" line="50"/>
        <source>The translation model in {folder} has no readable metadata.json ({detail}).</source>
        <translation>{folder} 中的翻译模型没有可读取的 metadata.json（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/translator.py" line="56"/>
        <source>The translation model in {folder} is incomplete (model/ or sentencepiece.model missing).</source>
        <translation>{folder} 中的翻译模型不完整（缺少 model/ 或 sentencepiece.model）。</translation>
    </message>
    <message>
        <location filename="../../app/core/translator.py" line="100"/>
        <source>The translation model {model} could not be loaded: {detail}</source>
        <translation>无法加载翻译模型 {model}：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/data/dictionary.py" line="116"/>
        <source>No CC-CEDICT entries found in {file}</source>
        <translation>在 {file} 中没有找到 CC-CEDICT 词条</translation>
    </message>
    <message>
        <location filename="../../app/data/dictionary.py" line="238"/>
        <source>The dictionary has not been built yet: {file}</source>
        <translation>词典尚未建立：{file}</translation>
    </message>
    <message>
        <location filename="../../app/data/dictionary.py" line="250"/>
        <location filename="../../app/data/dictionary.py" line="327"/>
        <location filename="../../app/data/dictionary.py" line="369"/>
        <source>The dictionary could not be read: {detail}</source>
        <translation>无法读取词典：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="91"/>
        <source>There is no database to back up yet.</source>
        <translation>还没有可以备份的数据库。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="98"/>
        <source>The database could not be backed up ({detail}).</source>
        <translation>无法备份数据库（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="102"/>
        <source>The backup could not be written to {folder}: {reason}</source>
        <translation>无法把备份写入 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="147"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="151"/>
        <source>{file} is not a Jiaoliu database (it is not an SQLite file).</source>
        <translation>{file} 不是交流的数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="159"/>
        <source>{file} is incomplete (cut off at {size} of {expected} bytes).</source>
        <translation>{file} 不完整（在 {expected} 字节中的第 {size} 字节处中断）。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="169"/>
        <location filename="../../app/services/backup.py" line="176"/>
        <source>{file} is damaged ({detail}).</source>
        <translation>{file} 已损坏（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="172"/>
        <source>{file} is not a Jiaoliu database ({detail}).</source>
        <translation>{file} 不是交流的数据库（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="179"/>
        <source>{file} is not a Jiaoliu database (it has none of Jiaoliu&apos;s tables).</source>
        <translation>{file} 不是交流的数据库（其中没有交流的任何数据表）。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="200"/>
        <source>The backup could not be restored ({detail}). Your previous data is kept as {file}.</source>
        <translation>无法恢复备份（{detail}）。你之前的数据已保存为 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="207"/>
        <source>The backup could not be restored ({detail}).</source>
        <translation>无法恢复备份（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/files.py" line="34"/>
        <source>Nothing was imported. Please fix the file and try again:

{problems}</source>
        <translation>未导入任何内容。请修正文件后重试：

{problems}</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/files.py" line="58"/>
        <source>… and {count} more</source>
        <translation>……还有 {count} 条</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/files.py" line="76"/>
        <location filename="../../app/services/glossary_io/files.py" line="96"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/files.py" line="86"/>
        <source>it is a folder, not a file</source>
        <translation>它是一个文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/files.py" line="88"/>
        <source>it is not a regular file (a pipe or a device)</source>
        <translation>它不是普通文件（是管道或设备）</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/files.py" line="90"/>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/files.py" line="104"/>
        <source>the file is {size}; files over {limit} are refused</source>
        <translation>文件大小为 {size}；超过 {limit} 的文件不予接受</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/files.py" line="119"/>
        <location filename="../../app/services/glossary_io/files.py" line="134"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/files.py" line="121"/>
        <source>the file is UTF-16 text, not UTF-8: save it as UTF-8 (Excel: “CSV UTF-8”)</source>
        <translation>文件是 UTF-16 文本而不是 UTF-8：请另存为 UTF-8（Excel：“CSV UTF-8”）</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/files.py" line="125"/>
        <source>the file contains binary data: it is not a text file</source>
        <translation>文件包含二进制数据：它不是文本文件</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/files.py" line="141"/>
        <source>this deck has {count} notes; the limit is {limit} (Preferences, or --max-entries)</source>
        <translation>这个牌组有 {count} 条笔记；上限是 {limit}（可在“偏好设置”中或用 --max-entries 调高）</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/files.py" line="145"/>
        <source>this file has {count} entries; the limit is {limit} (Preferences, or --max-entries)</source>
        <translation>这个文件有 {count} 个词条；上限是 {limit}（可在“偏好设置”中或用 --max-entries 调高）</translation>
    </message>
    <message>
        <location filename="../../app/services/model_download.py" line="43"/>
        <source>Jiaoliu only downloads over http or https, not from {url}.</source>
        <translation>交流只通过 http 或 https 下载，不能从 {url} 下载。</translation>
    </message>
    <message>
        <location filename="../../app/services/model_download.py" line="51"/>
        <source>The server {host} answered “{status} {reason}” for {url}.</source>
        <translation>服务器 {host} 对 {url} 的响应是“{status} {reason}”。</translation>
    </message>
    <message>
        <location filename="../../app/services/model_download.py" line="60"/>
        <source>Could not connect to {host} ({reason}); check the internet connection.</source>
        <translation>无法连接 {host}（{reason}）；请检查网络连接。</translation>
    </message>
    <message>
        <location filename="../../app/services/model_download.py" line="65"/>
        <source>The connection to {host} timed out.</source>
        <translation>连接 {host} 超时。</translation>
    </message>
    <message>
        <location filename="../../app/services/model_download.py" line="68"/>
        <source>The download from {host} failed ({detail}).</source>
        <translation>从 {host} 下载失败（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/model_download.py" line="92"/>
        <source>The download from {host} is larger than any model should be.</source>
        <translation>从 {host} 下载的文件大得超出任何模型应有的大小。</translation>
    </message>
    <message>
        <location filename="../../app/services/model_download.py" line="97"/>
        <source>The download was cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <location filename="../../app/services/model_download.py" line="100"/>
        <source>The download from {host} was cut off ({done} of {total} bytes).</source>
        <translation>从 {host} 的下载中断了（{total} 字节中只收到 {done} 字节）。</translation>
    </message>
    <message>
        <location filename="../../app/services/models.py" line="209"/>
        <source>The model list gives no download link for {model}.</source>
        <translation>模型列表中没有 {model} 的下载链接。</translation>
    </message>
    <message>
        <location filename="../../app/services/models.py" line="234"/>
        <source>No installed model is called {model}.</source>
        <translation>没有已安装的模型叫 {model}。</translation>
    </message>
    <message>
        <location filename="../../app/services/models.py" line="241"/>
        <source>Could not remove the model {model} ({reason}).</source>
        <translation>无法删除模型 {model}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/models.py" line="257"/>
        <source>The model {model} is not in the model list; refresh the list and try again.</source>
        <translation>模型 {model} 不在模型列表中；请刷新列表后重试。</translation>
    </message>
    <message>
        <location filename="../../app/services/models.py" line="289"/>
        <source>The downloaded file holds a {source}→{target} model, not the one that was listed.</source>
        <translation>下载的文件是 {source}→{target} 模型，不是列表中的那个。</translation>
    </message>
    <message>
        <location filename="../../app/services/models.py" line="340"/>
        <source>Cannot install {file}: its folder {folder} is taken by another installed model.</source>
        <translation>无法安装 {file}：它的文件夹 {folder} 已被另一个已安装的模型占用。</translation>
    </message>
    <message>
        <location filename="../../app/services/models.py" line="358"/>
        <source>Could not move the new model into {folder} ({reason}).</source>
        <translation>无法把新模型移入 {folder}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/models.py" line="424"/>
        <source>Cannot install {file}: the file is damaged ({detail}).</source>
        <translation>无法安装 {file}：文件已损坏（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/models.py" line="430"/>
        <source>Cannot install {file}: writing the model failed ({reason}).</source>
        <translation>无法安装 {file}：写入模型失败（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/models.py" line="441"/>
        <source>The model list from {source} is not valid JSON.</source>
        <translation>来自 {source} 的模型列表不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../../app/services/models.py" line="445"/>
        <source>The model list from {source} is not a list of models.</source>
        <translation>来自 {source} 的模型列表格式不对，不是模型的列表。</translation>
    </message>
    <message>
        <location filename="../../app/services/my_data.py" line="75"/>
        <source>There is no data to export yet.</source>
        <translation>还没有可以导出的数据。</translation>
    </message>
    <message>
        <location filename="../../app/services/my_data.py" line="85"/>
        <source>Your data could not be exported ({detail}).</source>
        <translation>无法导出你的数据（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/my_data.py" line="89"/>
        <source>The archive could not be written to {file}: {reason}</source>
        <translation>无法把压缩包写入 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/translate_result.py" line="26"/>
        <source>No {source}→{target} translation model is installed; install one with &apos;jiaoliu models install translate-{source}_{target}&apos; or &apos;jiaoliu models install-file FILE&apos;.</source>
        <translation>尚未安装 {source}→{target} 翻译模型；请用 &apos;jiaoliu models install translate-{source}_{target}&apos; 或 &apos;jiaoliu models install-file FILE&apos; 安装。</translation>
    </message>
    <message>
        <location filename="../../app/data/database.py" line="230"/>
        <source>The database {name} was written by a newer version of Jiaoliu{by}; this version cannot use it safely, so nothing was changed. Install the newer version to open it.</source>
        <translation>数据库 {name} 是由更新版本的交流{by}写入的；当前版本无法安全使用它，因此没有做任何改动。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../app/data/database.py" line="274"/>
        <source>The database {path} is damaged (its schema cannot be read).</source>
        <translation>数据库 {path} 已损坏（无法读取其结构）。</translation>
    </message>
    <message>
        <location filename="../../app/data/database.py" line="279"/>
        <source>The database {path} is read-only, so nothing can be saved.</source>
        <translation>数据库 {path} 是只读的，无法保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/data/database.py" line="283"/>
        <source>The database {path} is damaged ({detail}).</source>
        <translation>数据库 {path} 已损坏（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/data/database.py" line="287"/>
        <source>The disk holding {path} is full, so nothing was saved; free some space and try again.</source>
        <translation>存放 {path} 的磁盘已满，没有保存任何内容；请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../app/data/database.py" line="294"/>
        <source>The database {path} is busy in another program; try again in a moment.</source>
        <translation>数据库 {path} 正被另一个程序占用；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/data/database.py" line="298"/>
        <source>The database {path} cannot be opened ({detail}).</source>
        <translation>无法打开数据库 {path}（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="94"/>
        <source>There is nothing to undo.</source>
        <translation>没有可以撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="95"/>
        <source>There is nothing to redo.</source>
        <translation>没有可以重做的操作。</translation>
    </message>
    <message>
        <location filename="../../app/data/settings.py" line="126"/>
        <source>Preferences could not be read ({detail}); defaults are used. The old file was kept as {file}.</source>
        <translation>无法读取偏好设置（{detail}），已改用默认设置。原来的文件已保存为 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/data/settings.py" line="135"/>
        <source>Preferences could not be read ({detail}); defaults are used.</source>
        <translation>无法读取偏好设置（{detail}），已改用默认设置。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings_store.py" line="51"/>
        <source>Preferences could not be saved: {reason}</source>
        <translation>无法保存偏好设置：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/__init__.py" line="54"/>
        <source>&apos;{file}&apos; is not a glossary file: choose a .csv, .json or .apkg file</source>
        <translation>“{file}”不是词库文件：请选择 .csv、.json 或 .apkg 文件</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/entries.py" line="202"/>
        <source>the file has no entries</source>
        <translation>文件中没有词条</translation>
    </message>
    <message>
        <location filename="../../app/services/glossary_io/json_file.py" line="44"/>
        <source>expected an object with an &quot;entries&quot; list, or a list of entries</source>
        <translation>应当是一个含 &quot;entries&quot; 列表的对象，或一个词条列表</translation>
    </message>
    <message>
        <location filename="../../app/services/installed_models.py" line="45"/>
        <source>The {source}→{target} model ({model} {version}) is already installed.</source>
        <translation>{source}→{target} 模型（{model} {version}）已经安装。</translation>
    </message>
    <message>
        <location filename="../../app/services/installed_models.py" line="109"/>
        <source>The model in {folder} is damaged: {reason}.</source>
        <translation>{folder} 中的模型已损坏：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/services/model_check.py" line="26"/>
        <source>its tokenizer (sentencepiece.model) cannot be loaded ({detail})</source>
        <translation>无法加载其中的分词器（sentencepiece.model）（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/services/model_check.py" line="27"/>
        <source>its CTranslate2 model (model/) cannot be loaded ({detail})</source>
        <translation>无法加载其中的 CTranslate2 模型（model/）（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/services/model_check.py" line="28"/>
        <source>its model loads but cannot translate ({detail})</source>
        <translation>其中的模型能加载，但无法翻译（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/services/model_check.py" line="39"/>
        <source>loading its model took longer than {seconds} seconds</source>
        <translation>加载其中的模型超过了 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../app/services/model_check.py" line="43"/>
        <source>its model could not be checked ({detail})</source>
        <translation>无法检查其中的模型（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/services/model_check.py" line="53"/>
        <source>checking its model failed ({detail})</source>
        <translation>检查其中的模型失败（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/services/study.py" line="91"/>
        <source>There is no phrase {id}.</source>
        <translation>没有编号为 {id} 的短语。</translation>
    </message>
    <message>
        <location filename="../../app/services/study.py" line="107"/>
        <source>Name a phrase, an entry or a deck to study.</source>
        <translation>请指定要学习的短语、词条或词库。</translation>
    </message>
    <message>
        <location filename="../../app/services/study.py" line="123"/>
        <source>{term} is the term of {count} entries; give one of their keys: {keys}.</source>
        <translation>{term} 对应 {count} 个词条；请给出其中一个的键：{keys}。</translation>
    </message>
    <message>
        <location filename="../../app/services/study.py" line="128"/>
        <source>There is no glossary entry {key}.</source>
        <translation>俚语词库中没有词条 {key}。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/labels.py" line="41"/>
        <source>phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="44"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="45"/>
        <source>partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="46"/>
        <source>subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="47"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48"/>
        <source>corrected</source>
        <translation>改正后的文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49"/>
        <source>explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50"/>
        <source>entry</source>
        <translation>词条</translation>
    </message>
</context>
<context>
    <name>GlossaryTableModel</name>
    <message>
        <location filename="../../app/ui/widgets/glossary_model.py" line="94"/>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/glossary_model.py" line="95"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/glossary_model.py" line="96"/>
        <source>Meaning</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/glossary_model.py" line="97"/>
        <source>Register</source>
        <translation>语体</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/glossary_model.py" line="98"/>
        <source>Deck</source>
        <translation>词库</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <location filename="../../app/ui/views/__init__.py" line="43"/>
        <location filename="../../app/ui/views/glossary.py" line="449"/>
        <location filename="../../app/ui/views/glossary.py" line="508"/>
        <source>Glossary</source>
        <translation>俚语词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="190"/>
        <source>Search slang: term, pinyin with or without tones, meaning…</source>
        <translation>搜索俚语：词语、拼音（可不带声调）、释义…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="193"/>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="193"/>
        <source>Chinese slang</source>
        <translation>中文网络用语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="193"/>
        <source>English slang</source>
        <translation>英文俚语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="195"/>
        <source>Any register</source>
        <translation>任意语体</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="196"/>
        <source>Hide vulgar/offensive</source>
        <translation>隐藏粗俗/冒犯性词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="198"/>
        <source>New deck…</source>
        <translation>新建词库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="199"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="200"/>
        <source>Delete deck</source>
        <translation>删除词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="201"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="202"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="203"/>
        <source>New entry</source>
        <translation>新建词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="204"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="205"/>
        <source>Copy to deck…</source>
        <translation>复制到词库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="206"/>
        <source>Save to phrasebook</source>
        <translation>保存到短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="207"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/glossary.py" line="518"/>
        <source>Exported %n entries to {file}.</source>
        <translation>
            <numerusform>已将 %n 个词条导出到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="213"/>
        <location filename="../../app/ui/views/glossary.py" line="267"/>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="305"/>
        <source>All decks ({count})</source>
        <translation>全部词库（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="307"/>
        <source>Bundled slang ({count})</source>
        <translation>内置俚语（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="268"/>
        <source>Bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="216"/>
        <source>Decks</source>
        <translation>词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="217"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/glossary.py" line="292"/>
        <source>Delete %n entries</source>
        <translation>
            <numerusform>删除 %n 个词条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/glossary.py" line="293"/>
        <source>Deleted %n entries. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已删除 %n 个词条。按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/glossary.py" line="297"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln 个词条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/glossary.py" line="298"/>
        <source>{shown} of %Ln entries</source>
        <translation>
            <numerusform>{shown} / %Ln 个词条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="344"/>
        <source>No entry matches.</source>
        <translation>没有匹配的词条。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="367"/>
        <source>Bundled entry</source>
        <translation>内置词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="367"/>
        <source>Your entry</source>
        <translation>你的词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="379"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="380"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="381"/>
        <source>Literally</source>
        <translation>字面意思</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="382"/>
        <source>Other forms</source>
        <translation>其他形式</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="383"/>
        <source>Examples</source>
        <translation>例句</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="384"/>
        <source>See also</source>
        <translation>另见</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="385"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="455"/>
        <location filename="../../app/ui/views/glossary.py" line="493"/>
        <source>Import glossary</source>
        <translation>导入词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="455"/>
        <source>Glossary files (*.csv *.json *.apkg)</source>
        <translation>词库文件 (*.csv *.json *.apkg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="480"/>
        <source>Import cancelled.</source>
        <translation>已取消导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="492"/>
        <source>Nothing was imported: {error}</source>
        <translation>未导入任何内容：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="502"/>
        <source>Export glossary</source>
        <translation>导出词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="502"/>
        <source>CSV (*.csv);;JSON (*.json);;Anki deck (*.apkg)</source>
        <translation>CSV (*.csv);;JSON (*.json);;Anki 牌组 (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="508"/>
        <source>Choose a file ending in .csv, .json or .apkg.</source>
        <translation>请选择以 .csv、.json 或 .apkg 结尾的文件。</translation>
    </message>
</context>
<context>
    <name>GlossaryWrites</name>
    <message>
        <location filename="../../app/ui/views/glossary_writes.py" line="65"/>
        <location filename="../../app/ui/views/glossary_writes.py" line="68"/>
        <location filename="../../app/ui/views/glossary_writes.py" line="133"/>
        <source>New deck</source>
        <translation>新建词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary_writes.py" line="65"/>
        <location filename="../../app/ui/views/glossary_writes.py" line="133"/>
        <source>Name of the new deck:</source>
        <translation>新词库的名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary_writes.py" line="85"/>
        <location filename="../../app/ui/views/glossary_writes.py" line="88"/>
        <source>Rename deck</source>
        <translation>重命名词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary_writes.py" line="85"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary_writes.py" line="104"/>
        <source>Delete deck</source>
        <translation>删除词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary_writes.py" line="113"/>
        <source>Deleted the deck “{name}”. Undo with Ctrl+Z.</source>
        <translation>已删除词库“{name}”。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary_writes.py" line="122"/>
        <source>Add to which deck?</source>
        <translation>添加到哪个词库？</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary_writes.py" line="127"/>
        <source>A new deck…</source>
        <translation>新词库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary_writes.py" line="129"/>
        <source>Glossary</source>
        <translation>俚语词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary_writes.py" line="151"/>
        <source>Add entry</source>
        <translation>添加词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary_writes.py" line="188"/>
        <source>Edit entry</source>
        <translation>编辑词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary_writes.py" line="204"/>
        <source>Copy “{term}” to which deck?</source>
        <translation>把“{term}”复制到哪个词库？</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary_writes.py" line="277"/>
        <source>Import “{file}”</source>
        <translation>导入“{file}”</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/guide.py" line="40"/>
        <source>Jiaoliu user guide</source>
        <translation>交流 用户指南</translation>
    </message>
</context>
<context>
    <name>ImportDeckDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="35"/>
        <source>Import glossary</source>
        <translation>导入词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="40"/>
        <source>New deck</source>
        <translation>新建词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="43"/>
        <source>Name of the new deck</source>
        <translation>新词库的名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="44"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="45"/>
        <source>Import “{file}” into which deck?</source>
        <translation>把“{file}”导入到哪个词库？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="49"/>
        <source>Entries the deck already has are merged: they take what the file says, and keep everything the file does not say. You are asked before your own edits are replaced.</source>
        <translation>词库里已有的词条会合并：采用文件中写明的内容，文件没有写的内容全部保留。替换你自己修改过的内容之前会先询问你。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="56"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="60"/>
        <source>Deck:</source>
        <translation>词库：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="119"/>
        <source>Imported into “{deck}”: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入到“{deck}”：新增 {added} 条，更新 {updated} 条，未变 {unchanged} 条。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="123"/>
        <source>Took the file’s values in entries you had edited: {conflicts}.</source>
        <translation>在你修改过的词条中采用了文件的内容：{conflicts} 条。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="125"/>
        <source>Kept your own values in entries the file changes: {conflicts}.</source>
        <translation>在文件有改动的词条中保留了你自己的内容：{conflicts} 条。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_deck.py" line="127"/>
        <source>Undo with Ctrl+Z.</source>
        <translation>按 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Jiaoliu 交流</source>
        <translation>交流 Jiaoliu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137"/>
        <source>&amp;Open Text File…</source>
        <translation>打开文本文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>Your &amp;Data…</source>
        <translation>你的数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>&amp;Welcome</source>
        <translation>欢迎(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>&amp;About Jiaoliu</source>
        <translation>关于交流(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193"/>
        <source>&amp;Undo {action}</source>
        <translation>撤销 {action}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="196"/>
        <source>&amp;Redo {action}</source>
        <translation>重做 {action}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="196"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>Dictionary ready</source>
        <translation>词典已就绪</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="265"/>
        <source>Dictionary not ready</source>
        <translation>词典尚未就绪</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="349"/>
        <location filename="../../app/ui/main_window.py" line="368"/>
        <source>Open Text File</source>
        <translation>打开文本文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="349"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>文本文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>the file is larger than 5 MB</source>
        <translation>文件超过 5 MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365"/>
        <source>it is not UTF-8 text</source>
        <translation>它不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369"/>
        <source>The file could not be opened: {reason}.</source>
        <translation>无法打开文件：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="260"/>
        <source>Preparing dictionary… {percent}%</source>
        <translation>正在准备词典… {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="114"/>
        <source>Restored the backup of {when}.</source>
        <translation>已恢复 {when} 的备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="118"/>
        <source>Started with a new, empty database.</source>
        <translation>已使用一个新的空数据库启动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="121"/>
        <source>The damaged file is kept as {file}.</source>
        <translation>损坏的文件已保留为 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="201"/>
        <source>Dictionary unavailable: {error}</source>
        <translation>词典不可用：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="214"/>
        <source>The slang glossary could not be loaded: {error}</source>
        <translation>无法加载俚语词库：{error}</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="118"/>
        <source>Translation models</source>
        <translation>翻译模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="119"/>
        <source>Installed on this computer</source>
        <translation>已安装在这台电脑上</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="120"/>
        <source>Official English↔Chinese models</source>
        <translation>官方英汉互译模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="121"/>
        <source>Fetch the list (uses the internet)</source>
        <translation>获取列表（需要联网）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="122"/>
        <source>Install from file…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="123"/>
        <source>Download and install</source>
        <translation>下载并安装</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="124"/>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="248"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="125"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="126"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="126"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="126"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="127"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="155"/>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="155"/>
        <source>Ready</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="165"/>
        <source>Remove it, then install it again.</source>
        <translation>请删除它，然后重新安装。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="193"/>
        <source>English→Chinese</source>
        <translation>英译汉</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="194"/>
        <source>Chinese→English</source>
        <translation>汉译英</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="203"/>
        <source>Fetching the list of models…</source>
        <translation>正在获取模型列表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="213"/>
        <source>Downloading {model}…</source>
        <translation>正在下载 {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="221"/>
        <source>Install a model</source>
        <translation>安装模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="221"/>
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Argos 模型 (*.argosmodel);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="229"/>
        <source>Checking and installing the model…</source>
        <translation>正在检查并安装模型…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="239"/>
        <source>Remove the {model} model ({size})?</source>
        <translation>要删除{model}模型（{size}）吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="245"/>
        <source>Removing {model}…</source>
        <translation>正在删除 {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="253"/>
        <source>A damaged {model} model is installed. Replace it with the new one?</source>
        <translation>已安装的{model}模型已损坏。要用新的模型替换它吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="255"/>
        <source>The {model} model (version {old}) is already installed. Replace it with version {new}?</source>
        <translation>{model}模型（版本 {old}）已经安装。要用版本 {new} 替换它吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="257"/>
        <source>The {model} model (version {old}) is already installed. Replace it?</source>
        <translation>{model}模型（版本 {old}）已经安装。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="259"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="276"/>
        <source>Nothing was changed.</source>
        <translation>没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="312"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="330"/>
        <source>Cancelled; nothing was installed.</source>
        <translation>已取消，未安装任何内容。</translation>
    </message>
</context>
<context>
    <name>MyDataDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="135"/>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="176"/>
        <source>Your data</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="138"/>
        <source>Jiaoliu backs up your data automatically once a day and keeps the newest {keep} backups. Before a restore, a safety copy of your current data is added to the list.</source>
        <translation>交流每天自动备份一次你的数据，并保留最新的 {keep} 个备份。恢复之前，会把当前数据的安全副本加入列表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="142"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="142"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="142"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="143"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="144"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="145"/>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="146"/>
        <source>Export all my data…</source>
        <translation>导出我的全部数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="147"/>
        <source>Delete all my data…</source>
        <translation>删除我的全部数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="154"/>
        <source>Safety copy (before a restore)</source>
        <translation>安全副本（恢复前）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="154"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="182"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="190"/>
        <source>Backed up to {file}.</source>
        <translation>已备份到 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="203"/>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="203"/>
        <source>Jiaoliu databases (*.db);;All files (*)</source>
        <translation>交流数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="212"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="214"/>
        <source>Replace your current data with {file}?

A safety copy of your current data is kept first and appears in the list of backups, so you can go back. Jiaoliu then reloads your data.</source>
        <translation>用 {file} 替换你当前的数据吗？

会先保留当前数据的安全副本并显示在备份列表中，你可以随时恢复回来。之后交流会重新载入数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="225"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="248"/>
        <source>Restored {file}. Your previous data was kept as {copy}.</source>
        <translation>已恢复 {file}。之前的数据已保存为 {copy}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="261"/>
        <source>Export all my data</source>
        <translation>导出我的全部数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="261"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="267"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="278"/>
        <source>All your data was exported to {file}.</source>
        <translation>你的全部数据已导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="288"/>
        <source>Nothing was deleted.</source>
        <translation>没有删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="305"/>
        <source>All your data was deleted. Jiaoliu will now close; it starts fresh next time.</source>
        <translation>你的全部数据已删除。交流现在将关闭，下次启动时从头开始。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="307"/>
        <source>These could not be deleted:</source>
        <translation>以下内容无法删除：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="308"/>
        <source>Delete all my data</source>
        <translation>删除我的全部数据</translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="77"/>
        <source>Save to phrasebook</source>
        <translation>保存到短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="79"/>
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="80"/>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="81"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="82"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="83"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="84"/>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="88"/>
        <source>Filled in automatically for Chinese</source>
        <translation>中文会自动填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="89"/>
        <source>Comma-separated, e.g. slang, week 1</source>
        <translation>用逗号分隔，例如 slang, 第一周</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="90"/>
        <source>Where it comes from: a post, a person, a link</source>
        <translation>来自哪里：一篇帖子、一个人、一个链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="140"/>
        <source>Saved to your phrasebook.</source>
        <translation>已保存到短语本。</translation>
    </message>
</context>
<context>
    <name>PhraseTableModel</name>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="49"/>
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="50"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="51"/>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="52"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="53"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="54"/>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="55"/>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
</context>
<context>
    <name>PhrasebookView</name>
    <message>
        <location filename="../../app/ui/views/__init__.py" line="49"/>
        <source>Phrasebook</source>
        <translation>短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="108"/>
        <source>Search phrases: text, translation, pinyin with or without tones, note…</source>
        <translation>搜索短语：原文、翻译、拼音（带不带声调都行）、备注…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="111"/>
        <source>New phrase…</source>
        <translation>新建短语…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="112"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="113"/>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="114"/>
        <source>Remove tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="115"/>
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="116"/>
        <source>Export all…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="124"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="150"/>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/phrasebook.py" line="182"/>
        <source>%Ln phrases</source>
        <translation>
            <numerusform>%Ln 个短语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/phrasebook.py" line="183"/>
        <source>{shown} of %Ln phrases</source>
        <translation>
            <numerusform>{shown} / %Ln 个短语</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="205"/>
        <source>No phrases yet. Save one from the Reader (select text, Ctrl+S), a translation, the Glossary or a session, or add one with “New phrase…”.</source>
        <translation>还没有短语。可以从阅读器（选中文字，Ctrl+S）、翻译、词汇表或辅导记录中保存，也可以用“新建短语…”添加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="209"/>
        <source>No phrase matches.</source>
        <translation>没有匹配的短语。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="237"/>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="241"/>
        <location filename="../../app/ui/views/phrasebook.py" line="310"/>
        <source>Show it there</source>
        <translation>在原处查看</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="243"/>
        <source>Added {date}</source>
        <translation>添加于 {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="249"/>
        <source>Saved from the Reader</source>
        <translation>保存自阅读器</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="250"/>
        <source>Saved from a translation</source>
        <translation>保存自翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="251"/>
        <source>Saved from the Glossary</source>
        <translation>保存自词汇表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="252"/>
        <source>Saved from a session</source>
        <translation>保存自辅导记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="254"/>
        <source>Typed in</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="289"/>
        <source>The Reader shows the text this phrase came from. Ctrl+Z there brings yours back.</source>
        <translation>阅读器已显示这条短语的原文。在那里按 Ctrl+Z 可恢复你原来的文本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="292"/>
        <source>The place this phrase came from no longer exists.</source>
        <translation>这条短语的来源已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="307"/>
        <source>The Reader holds other text. Replace it with the text this phrase was saved from? Ctrl+Z in the Reader brings your text back.</source>
        <translation>阅读器里现在是别的文本。要换成保存这条短语时的原文吗？在阅读器里按 Ctrl+Z 可以恢复你的文本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="314"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="332"/>
        <source>Add phrase</source>
        <translation>添加短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="349"/>
        <source>Edit phrase</source>
        <translation>编辑短语</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/phrasebook.py" line="377"/>
        <source>Delete %n phrases</source>
        <translation>
            <numerusform>删除 %n 个短语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/phrasebook.py" line="387"/>
        <source>Deleted %n phrases. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已删除 %n 个短语。按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/phrasebook.py" line="406"/>
        <source>Tag for the %n selected phrases:</source>
        <translation>
            <numerusform>为选中的 %n 个短语添加标签：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/phrasebook.py" line="453"/>
        <source>Exported %n phrases to {file}.</source>
        <translation>
            <numerusform>已将 %n 个短语导出到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="405"/>
        <location filename="../../app/ui/views/phrasebook.py" line="412"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="405"/>
        <location filename="../../app/ui/views/phrasebook.py" line="412"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="435"/>
        <source>Export phrases</source>
        <translation>导出短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="437"/>
        <source>CSV (*.csv);;JSON (*.json);;Anki deck (*.apkg)</source>
        <translation>CSV (*.csv);;JSON (*.json);;Anki 牌组 (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="443"/>
        <source>Choose a file ending in .csv, .json or .apkg.</source>
        <translation>请选择以 .csv、.json 或 .apkg 结尾的文件。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="134"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="136"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="137"/>
        <source>Pinyin style:</source>
        <translation>拼音样式：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="138"/>
        <source>Reader text size:</source>
        <translation>阅读器字号：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="139"/>
        <source>Tone sandhi:</source>
        <translation>变调：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="140"/>
        <source>Tone colours:</source>
        <translation>声调颜色：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="141"/>
        <source>Colours for tones 1–5:</source>
        <translation>第 1–5 声的颜色：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="142"/>
        <source>Glossary:</source>
        <translation>词库：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="144"/>
        <source>Largest glossary import (entries):</source>
        <translation>单次导入词库的上限（词条数）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="145"/>
        <source>Study: remember at least</source>
        <translation>学习：目标记忆率</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="146"/>
        <source>Study: new cards a day</source>
        <translation>学习：每天新卡片数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="151"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="154"/>
        <source>Tone marks (nǐ hǎo)</source>
        <translation>声调符号（nǐ hǎo）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="154"/>
        <source>Tone numbers (ni3 hao3)</source>
        <translation>数字声调（ni3 hao3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="154"/>
        <source>Zhuyin (ㄋㄧˇ ㄏㄠˇ)</source>
        <translation>注音符号（ㄋㄧˇ ㄏㄠˇ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="157"/>
        <source>Show tones as spoken</source>
        <translation>按实际读音显示声调</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="158"/>
        <source>Colour characters and pinyin by tone</source>
        <translation>按声调给汉字和拼音着色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="159"/>
        <source>Hide vulgar and offensive entries</source>
        <translation>隐藏粗俗和冒犯性词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="160"/>
        <source>Flag platform and everyday words (博主, hashtag, 相亲) as slang in posts</source>
        <translation>把平台用语和日常词（博主、hashtag、相亲）也标成俚语</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="161"/>
        <source>Add saved phrases to study</source>
        <translation>把保存的短语加入学习</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="162"/>
        <source>Off: saved phrases wait in Study → Add cards until you choose them.</source>
        <translation>关闭时：保存的短语留在“学习 → 添加卡片…”中，等你自己选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="164"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="165"/>
        <source>Your data: backups, export, delete…</source>
        <translation>你的数据：备份、导出、删除…</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../app/ui/widgets/progress_strip.py" line="26"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../app/ui/views/reader.py" line="207"/>
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="209"/>
        <source>Tone marks</source>
        <translation>声调符号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="210"/>
        <source>Tone numbers</source>
        <translation>数字声调</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="211"/>
        <source>Zhuyin</source>
        <translation>注音</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="215"/>
        <source>Show pinyin</source>
        <translation>显示拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="216"/>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="217"/>
        <source>Tone sandhi</source>
        <translation>变调</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="218"/>
        <source>Show the tones as spoken: 不 and 一 change, and 3-3 becomes 2-3.</source>
        <translation>按实际读音显示声调：“不”和“一”会变调，两个三声相连时前一个读二声。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="219"/>
        <source>Tone colours</source>
        <translation>声调颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="220"/>
        <source>Copy as pinyin</source>
        <translation>复制为拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="221"/>
        <source>Copy the whole text as pinyin (Ctrl+Shift+C)</source>
        <translation>将全文复制为拼音（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="222"/>
        <source>Save to phrasebook</source>
        <translation>保存到短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="223"/>
        <source>Save the selected text, or the word you clicked, as a phrase (Ctrl+S)</source>
        <translation>把选中的文字或点过的词保存为短语（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="224"/>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="225"/>
        <source>Release the pinned word</source>
        <translation>取消固定的词</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="226"/>
        <source>Pinned — Esc or click elsewhere to release</source>
        <translation>已固定 — 按 Esc 或点击别处取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="227"/>
        <source>Paste or type Chinese, English or mixed text…</source>
        <translation>粘贴或输入中文、英文或中英混合文本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="228"/>
        <source>Look up (Ctrl+L): 汉字, pinyin, English or slang</source>
        <translation>查询（Ctrl+L）：汉字、拼音、英文或网络用语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="301"/>
        <source>This text has {total} characters; the Reader shows the first {shown}. The whole text stays in the editor.</source>
        <translation>这段文本共有 {total} 个字符，阅读器只显示前 {shown} 个。完整文本仍保留在编辑框中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="379"/>
        <source>The text could not be annotated: {error}</source>
        <translation>无法为文本添加注音：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="401"/>
        <source>The text could not be saved: {error}</source>
        <translation>无法保存文本：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="473"/>
        <location filename="../../app/ui/views/reader.py" line="540"/>
        <source>The dictionary is being prepared; this takes a few seconds the first time.</source>
        <translation>正在准备词典；首次使用需要几秒钟。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="557"/>
        <source>Copied the text as pinyin.</source>
        <translation>已将文本复制为拼音。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="588"/>
        <source>Select some text, or click a word, to save it as a phrase.</source>
        <translation>先选中文字或点一个词，再把它保存为短语。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/__init__.py" line="39"/>
        <source>Reader</source>
        <translation>阅读器</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/recovery.py" line="37"/>
        <source>Your data could not be opened</source>
        <translation>无法打开你的数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/recovery.py" line="61"/>
        <source>Restore this backup</source>
        <translation>恢复这个备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/recovery.py" line="62"/>
        <source>Start fresh</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/recovery.py" line="63"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/recovery.py" line="80"/>
        <source>Choose a backup to restore (the newest is selected), or start fresh with an empty database. Either way the damaged file is kept beside the database, renamed, so nothing is deleted.</source>
        <translation>选择一个要恢复的备份（已选中最新的），或者用一个空数据库重新开始。无论哪种方式，损坏的文件都会改名后保留在数据库旁边，不会删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/recovery.py" line="89"/>
        <source>There are no backups to restore. Start fresh with an empty database: the damaged file is kept beside it, renamed, so nothing is deleted.</source>
        <translation>没有可恢复的备份。可以用一个空数据库重新开始：损坏的文件会改名后保留在旁边，不会删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/recovery.py" line="101"/>
        <source>{when} — {size} (kept before an earlier restore)</source>
        <translation>{when} — {size}（上次恢复前保留的副本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/recovery.py" line="102"/>
        <source>{when} — {size}</source>
        <translation>{when} — {size}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/recovery.py" line="113"/>
        <source>{backup} — cannot be used: {reason}</source>
        <translation>{backup} — 无法使用：{reason}</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <location filename="../../app/ui/labels.py" line="12"/>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="13"/>
        <source>playful</source>
        <translation>调侃</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="14"/>
        <source>affectionate</source>
        <translation>亲昵</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="15"/>
        <source>sarcastic</source>
        <translation>讽刺</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="16"/>
        <source>self-deprecating</source>
        <translation>自嘲</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="17"/>
        <source>vulgar</source>
        <translation>粗俗</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="18"/>
        <source>offensive</source>
        <translation>冒犯</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="19"/>
        <source>dated</source>
        <translation>过时</translation>
    </message>
</context>
<context>
    <name>RemoteBadge</name>
    <message>
        <location filename="../../app/ui/widgets/engine_where.py" line="55"/>
        <source>Sent to {host}</source>
        <translation>已发送到 {host}</translation>
    </message>
</context>
<context>
    <name>SendQuestion</name>
    <message>
        <location filename="../../app/ui/widgets/engine_where.py" line="66"/>
        <source>Send your text to another computer?</source>
        <translation>要把你的文字发送到另一台电脑吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/engine_where.py" line="67"/>
        <source>Your text will be sent to {host}. Send it?</source>
        <translation>你的文字将发送到 {host}。要发送吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/engine_where.py" line="68"/>
        <source>Only say yes if you trust this server. You are asked once for each server.</source>
        <translation>只有在你信任这台服务器时才选择发送。每台服务器只会询问一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/engine_where.py" line="72"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/engine_where.py" line="73"/>
        <source>Don&apos;t send</source>
        <translation>不发送</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="113"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="113"/>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="113"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="113"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="117"/>
        <source>I help with English</source>
        <translation>我帮对方学英语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="118"/>
        <source>They help me with Chinese</source>
        <translation>对方帮我学中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="119"/>
        <source>Both ways</source>
        <translation>互相帮助</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="123"/>
        <source>What is this session about?</source>
        <translation>这次辅导是关于什么的？</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="124"/>
        <source>Name or handle</source>
        <translation>名字或账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="125"/>
        <source>e.g. English essay, slang</source>
        <translation>例如：英语作文、俚语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="126"/>
        <location filename="../../app/ui/widgets/session_editor.py" line="169"/>
        <source>End session</source>
        <translation>结束本轮</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="126"/>
        <location filename="../../app/ui/widgets/session_editor.py" line="169"/>
        <source>Start timer</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="155"/>
        <source>Duration {time} · {entries} · {corrections} · {phrases}</source>
        <translation>时长 {time} · {entries} · {corrections} · {phrases}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/session_editor.py" line="158"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/session_editor.py" line="159"/>
        <source>%n corrections</source>
        <translation>
            <numerusform>%n 处修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/session_editor.py" line="160"/>
        <source>%n phrases saved</source>
        <translation>
            <numerusform>已存 %n 个短语</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="120"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="121"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="122"/>
        <location filename="../../app/ui/widgets/session_log.py" line="224"/>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="123"/>
        <location filename="../../app/ui/widgets/session_log.py" line="245"/>
        <source>Save as phrase</source>
        <translation>存为短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="124"/>
        <source>Save the selected words, or the whole entry, to your phrases</source>
        <translation>把选中的文字（或整条记录）存入你的短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="125"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="215"/>
        <source>Add entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="230"/>
        <source>Move entry</source>
        <translation>移动记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="318"/>
        <source>Edit entry</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="253"/>
        <source>Select the words to save first.</source>
        <translation>请先选中要保存的文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="248"/>
        <source>Saved to your phrases.</source>
        <translation>已存入你的短语本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="264"/>
        <source>Translating…</source>
        <translation>正在翻译…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="276"/>
        <source>No translation: install a translation model with Translate › Models…</source>
        <translation>没有译文：请在“翻译 › 模型…”中安装翻译模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="283"/>
        <source>Dictionary gloss: no translation model is installed.</source>
        <translation>词典逐词释义：尚未安装翻译模型。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="283"/>
        <source>Translated.</source>
        <translation>已翻译。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="288"/>
        <source>Sessions</source>
        <translation>辅导记录</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="143"/>
        <source>Search sessions: title, partner, subject, any entry…</source>
        <translation>搜索辅导记录：标题、伙伴、主题或任何记录内容…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="145"/>
        <source>Any direction</source>
        <translation>所有方向</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="146"/>
        <source>I help with English</source>
        <translation>我帮对方学英语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="147"/>
        <source>They help me with Chinese</source>
        <translation>对方帮我学中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="148"/>
        <source>Both ways</source>
        <translation>互相帮助</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="151"/>
        <source>New session</source>
        <translation>新建辅导</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="152"/>
        <location filename="../../app/ui/views/sessions.py" line="335"/>
        <source>Delete session</source>
        <translation>删除辅导</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="153"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="154"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="155"/>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="156"/>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="157"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="158"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="160"/>
        <source>No session is open. Create one with “New session” (Ctrl+N), or choose one on the left.</source>
        <translation>还没有打开的辅导。用“新建辅导”（Ctrl+N）创建一个，或在左侧选择一个。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="165"/>
        <location filename="../../app/ui/views/sessions.py" line="199"/>
        <source>Any subject</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="282"/>
        <source>The entry this phrase was saved from no longer exists.</source>
        <translation>保存这条短语的那条记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="322"/>
        <source>Session of {date}</source>
        <translation>{date} 的辅导</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="373"/>
        <source>A session needs a title; the last one is kept.</source>
        <translation>辅导需要标题，已保留原来的标题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="318"/>
        <source>Edit session</source>
        <translation>编辑辅导</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="344"/>
        <source>Deleted the session “{title}”. Undo with Ctrl+Z.</source>
        <translation>已删除辅导“{title}”。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="479"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="480"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="481"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="484"/>
        <location filename="../../app/ui/views/sessions.py" line="513"/>
        <source>Export session</source>
        <translation>导出辅导</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="493"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="508"/>
        <source>Exported the session to {file}.</source>
        <translation>已将辅导导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="512"/>
        <source>The session was not exported: {error}</source>
        <translation>辅导未能导出：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/__init__.py" line="51"/>
        <source>Sessions</source>
        <translation>辅导记录</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="41"/>
        <source>Show {view}</source>
        <translation>显示{view}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="45"/>
        <source>Everywhere</source>
        <translation>所有视图</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="48"/>
        <source>Undo the last change in this view</source>
        <translation>撤销此视图中的上一步更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="49"/>
        <source>Redo (also Ctrl+Y)</source>
        <translation>重做（也可用 Ctrl+Y）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="50"/>
        <source>Open a text file in the Reader</source>
        <translation>在阅读器中打开文本文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="51"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="52"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="53"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="59"/>
        <source>Look up a word</source>
        <translation>查词</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="60"/>
        <source>Save the word or sentence as a phrase</source>
        <translation>把词语或句子保存到短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="61"/>
        <source>Copy as pinyin</source>
        <translation>复制为拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="67"/>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="68"/>
        <source>Translate what is on the clipboard</source>
        <translation>翻译剪贴板中的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="69"/>
        <source>Save the sentence and its translation as a phrase</source>
        <translation>把句子及其译文保存到短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="75"/>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="84"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="76"/>
        <source>New entry</source>
        <translation>新建词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="77"/>
        <source>Save the entry to your phrasebook</source>
        <translation>把词条保存到短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="78"/>
        <source>Delete the selected entries (Ctrl+Z brings them back)</source>
        <translation>删除所选词条（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="85"/>
        <source>New phrase</source>
        <translation>新建短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="86"/>
        <source>Delete the selected phrases (Ctrl+Z brings them back)</source>
        <translation>删除所选短语（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="92"/>
        <source>New session</source>
        <translation>新建辅导</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="93"/>
        <source>Save the entry as a phrase</source>
        <translation>把该条目存为短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="99"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="99"/>
        <source>Show the answer (also Enter)</source>
        <translation>显示答案（也可用回车）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="100"/>
        <source>Grade: Again, Hard, Good, Easy</source>
        <translation>评分：重来、困难、良好、简单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="101"/>
        <source>Take back the last grade</source>
        <translation>撤销上一次评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="107"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="108"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts.py" line="108"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../app/ui/views/stats.py" line="86"/>
        <source>Reviews per day</source>
        <translation>每日复习量</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="87"/>
        <source>Retention (learned cards recalled)</source>
        <translation>记忆保持率（已学卡片答对的比例）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="88"/>
        <source>Due in the next 30 days</source>
        <translation>未来 30 天的到期卡片</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="93"/>
        <source>Loading statistics…</source>
        <translation>正在加载统计…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="115"/>
        <source>Days in a row: {days}</source>
        <translation>连续学习天数：{days}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="117"/>
        <source>Reviews: {total} in all, {today} today · cards: {new} new, {review} in review</source>
        <translation>复习：共 {total} 次，今天 {today} 次 · 卡片：{new} 张新卡，{review} 张复习中</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="126"/>
        <source>retention: no reviews of learned cards yet</source>
        <translation>记忆保持率：已学卡片尚未复习</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="128"/>
        <source>retention {percent}</source>
        <translation>记忆保持率 {percent}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="178"/>
        <source>No learned card was reviewed in the last 30 days: the line starts once one comes back.</source>
        <translation>最近 30 天没有复习过已学卡片：等有卡片到期复习后，这里才会出现曲线。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="175"/>
        <source>last 30 days, today on the right</source>
        <translation>最近 30 天，最右边是今天</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <location filename="../../app/ui/views/study.py" line="158"/>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="159"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="160"/>
        <source>Add cards…</source>
        <translation>添加卡片…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="161"/>
        <location filename="../../app/ui/views/study.py" line="356"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="161"/>
        <location filename="../../app/ui/views/study.py" line="356"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="162"/>
        <source>Undo grade</source>
        <translation>撤销评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="163"/>
        <source>End session</source>
        <translation>结束本轮</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="164"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="165"/>
        <source>Suspend this card</source>
        <translation>暂停这张卡片</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="166"/>
        <source>Bury until tomorrow</source>
        <translation>搁置到明天</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="167"/>
        <source>Reset (make it new again)…</source>
        <translation>重置（重新作为新卡片）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="168"/>
        <source>Unsuspend all cards</source>
        <translation>恢复所有暂停的卡片</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="169"/>
        <source>Remove them…</source>
        <translation>删除这些卡片…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="170"/>
        <source>Paused. The clock is stopped; press Resume to go on.</source>
        <translation>已暂停，计时也停了；点“继续”接着复习。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="171"/>
        <source>Study the rest</source>
        <translation>继续复习剩下的</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="294"/>
        <source>Grade</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="384"/>
        <source>Session finished. Cards: {cards} · time: {time} · answered right: {accuracy}</source>
        <translation>本轮结束。卡片：{cards} · 用时：{time} · 答对：{accuracy}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="388"/>
        <source>Still due: {count}</source>
        <translation>还有待复习：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="392"/>
        <source>Coming back later today: {count}</source>
        <translation>今天稍后还会出现：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="234"/>
        <source>Cards whose phrase or glossary entry was deleted: {count}</source>
        <translation>短语或词条已被删除的卡片：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="418"/>
        <source>No study cards yet.</source>
        <translation>还没有学习卡片。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="419"/>
        <source>Save phrases (Ctrl+S in the Reader), or add phrases and glossary entries with “Add cards…”.</source>
        <translation>保存短语（在阅读器中按 Ctrl+S），或用“添加卡片…”添加短语和俚语词条。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="424"/>
        <source>The next cards are due on {date}.</source>
        <translation>下一批卡片的到期日：{date}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="426"/>
        <source>No card is due in the next 30 days (suspended cards wait in the Card menu).</source>
        <translation>未来 30 天内没有到期的卡片（已暂停的卡片可在“卡片”菜单中恢复）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="457"/>
        <source>Remove the cards whose phrase or entry was deleted ({count})? Their review history is kept.</source>
        <translation>删除短语或词条已被删除的卡片（{count}）？复习记录会保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="520"/>
        <source>New study cards: {count}</source>
        <translation>新增学习卡片：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/__init__.py" line="52"/>
        <location filename="../../app/ui/views/study.py" line="243"/>
        <location filename="../../app/ui/views/study.py" line="459"/>
        <location filename="../../app/ui/views/study.py" line="491"/>
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="313"/>
        <source>There is no grade to undo.</source>
        <translation>没有可以撤销的评分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="421"/>
        <source>Nothing is due right now.</source>
        <translation>现在没有要复习的卡片。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="228"/>
        <source>Due: {learning} learning · {review} review · {new} new</source>
        <translation>待复习：学习中 {learning} · 复习 {review} · 新卡 {new}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="490"/>
        <source>Make this card new again? Its schedule starts over; past reviews stay in the statistics.</source>
        <translation>把这张卡片重新设为新卡片？复习安排将从头开始，以往的复习仍计入统计。</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <location filename="../../app/ui/views/table_view.py" line="226"/>
        <source>It is no longer there.</source>
        <translation>它已经不在了。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/table_view.py" line="322"/>
        <source>Undo {action}</source>
        <translation>撤销 {action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/table_view.py" line="322"/>
        <location filename="../../app/ui/views/table_view.py" line="327"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/table_view.py" line="323"/>
        <source>Redo {action}</source>
        <translation>重做 {action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/table_view.py" line="323"/>
        <location filename="../../app/ui/views/table_view.py" line="328"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>TranslateView</name>
    <message>
        <location filename="../../app/ui/views/translate.py" line="162"/>
        <source>Automatic direction</source>
        <translation>自动判断方向</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="162"/>
        <source>English → Chinese</source>
        <translation>英译中</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="162"/>
        <source>Chinese → English</source>
        <translation>中译英</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="165"/>
        <source>Swap</source>
        <translation>互换</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="166"/>
        <source>Explain slang to the model</source>
        <translation>向模型解释俚语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="169"/>
        <source>Give the translation model a plain paraphrase of each slang term, so it translates the meaning instead of the words</source>
        <translation>把每个俚语的通俗说法交给翻译模型，让它翻译意思而不是字面</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/__init__.py" line="41"/>
        <location filename="../../app/ui/views/translate.py" line="173"/>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="174"/>
        <source>Translate (Ctrl+Enter)</source>
        <translation>翻译（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="175"/>
        <source>Translate clipboard</source>
        <translation>翻译剪贴板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="176"/>
        <source>Paste and translate (Ctrl+Shift+V)</source>
        <translation>粘贴并翻译（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="177"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="178"/>
        <source>Save phrase</source>
        <translation>收藏短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="179"/>
        <source>Models…</source>
        <translation>模型…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="180"/>
        <source>Paste a post in English or Chinese, or both…</source>
        <translation>粘贴一段英文、中文或中英混合的帖子…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="226"/>
        <source>No translation model is installed. Until one is, you get a word-by-word dictionary gloss. Models are downloaded only when you ask.</source>
        <translation>尚未安装翻译模型。安装之前，你会看到逐词的词典释义。只有在你要求时才会下载模型。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="182"/>
        <source>Download English↔Chinese models…</source>
        <translation>下载英汉互译模型…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="183"/>
        <source>Install from file…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="230"/>
        <source>The Chinese→English model is not installed, so Chinese text gets a word-by-word dictionary gloss instead of a translation. Models are downloaded only when you ask.</source>
        <translation>尚未安装汉译英模型，所以中文文本只能得到逐词的词典释义，而不是翻译。只有在你要求时才会下载模型。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="234"/>
        <source>The English→Chinese model is not installed, so English text gets a word-by-word dictionary gloss instead of a translation. Models are downloaded only when you ask.</source>
        <translation>尚未安装英译汉模型，所以英文文本只能得到逐词的词典释义，而不是翻译。只有在你要求时才会下载模型。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="274"/>
        <source>Copied the translation.</source>
        <translation>已复制译文。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="285"/>
        <source>This text has {count} characters; translate at most {limit} at a time.</source>
        <translation>这段文本有 {count} 个字符；每次最多翻译 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="355"/>
        <source>Dictionary gloss, not a translation</source>
        <translation>词典逐词释义，不是翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="357"/>
        <source>Translated offline by {model}</source>
        <translation>由 {model} 离线翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="359"/>
        <source>Translated by {name} on this computer</source>
        <translation>由 {name} 在这台电脑上翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="361"/>
        <source>Translated by {name} on {host}</source>
        <translation>由 {host} 上的 {name} 翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="385"/>
        <source>Not sent: your text stayed on this computer.</source>
        <translation>未发送：你的文字留在了这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="420"/>
        <source>Slang in this post</source>
        <translation>本帖中的俚语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="426"/>
        <source>In this post: {sense}</source>
        <translation>在本帖中：{sense}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="431"/>
        <source>Check these sentences</source>
        <translation>请核对这些句子</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="441"/>
        <source>No slang found and nothing looks wrong.</source>
        <translation>没有发现俚语，也没有发现问题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="447"/>
        <source>the translation repeats itself</source>
        <translation>译文出现重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="448"/>
        <source>part of it was not translated</source>
        <translation>有部分内容没有翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="449"/>
        <source>its length does not match the original</source>
        <translation>译文长度与原文不相称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="450"/>
        <source>it adds an aside such as (laughter) that is not in the original</source>
        <translation>译文加入了原文没有的旁注，如（笑声）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="451"/>
        <source>the model gave nothing back</source>
        <translation>模型没有给出译文</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="452"/>
        <source>a term from your deck went missing</source>
        <translation>你词库中的一个词在译文中丢失了</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="518"/>
        <source>Saved to your phrases.</source>
        <translation>已收藏到你的短语。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="121"/>
        <source>Welcome to Jiaoliu</source>
        <translation>欢迎使用交流</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="122"/>
        <source>Welcome to Jiaoliu 交流</source>
        <translation>欢迎使用 Jiaoliu 交流</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="125"/>
        <source>Your offline companion for chatting across English and Chinese. Everything stays on this computer. Here is what you can do:</source>
        <translation>你的离线中英交流助手。所有内容都只保存在这台电脑上。你可以：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="131"/>
        <source>Read Chinese posts</source>
        <translation>阅读中文帖子</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="133"/>
        <source>Paste a post: every word gets its pinyin, and slang such as 绝绝子 or yyds gets a card that explains it. Point at a word to look it up.</source>
        <translation>粘贴一条帖子：每个词都会标上拼音，绝绝子、yyds 这样的网络用语会有卡片解释。把鼠标指向一个词即可查词。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="138"/>
        <source>Translate posts</source>
        <translation>翻译帖子</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="139"/>
        <source>Chinese to English or English to Chinese, sentence by sentence, with the slang explained.</source>
        <translation>中译英或英译中，逐句对照，并解释其中的网络用语。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="142"/>
        <source>Save phrases and study them</source>
        <translation>收藏短语并学习</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="144"/>
        <source>Press Ctrl+S on a word or sentence to keep it in your phrasebook; saved phrases become study cards that come back just before you would forget them.</source>
        <translation>在词语或句子上按 Ctrl+S 即可收进短语本；收藏的短语会变成学习卡片，在你快要忘记之前再次出现。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="152"/>
        <source>Open the Reader</source>
        <translation>打开阅读器</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="153"/>
        <source>Open Translate</source>
        <translation>打开翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="154"/>
        <source>Open the Phrasebook</source>
        <translation>打开短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="155"/>
        <source>Open Study</source>
        <translation>打开学习</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="156"/>
        <source>Not sure where to start? Open a real-looking post full of slang:</source>
        <translation>不知道从哪里开始？打开一条满是网络用语的示例帖子：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="157"/>
        <source>Try a sample post</source>
        <translation>试试示例帖子</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="158"/>
        <source>Try an English post in Translate</source>
        <translation>在翻译中试试英文帖子</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="159"/>
        <source>Help → User guide explains every view; Help → Keyboard shortcuts lists the keys.</source>
        <translation>“帮助 → 用户指南”介绍每个视图；“帮助 → 键盘快捷键”列出所有按键。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="186"/>
        <source>The dictionary is ready.</source>
        <translation>词典已就绪。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome.py" line="190"/>
        <source>Preparing the dictionary (first start only)… {percent}%</source>
        <translation>正在准备词典（仅首次启动）… {percent}%</translation>
    </message>
</context>
</TS>
