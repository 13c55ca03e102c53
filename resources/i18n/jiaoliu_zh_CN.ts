<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="50" />
        <source>About Jiaoliu</source>
        <translation>关于交流</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="52" />
        <source>An offline companion for English–Chinese exchange: read, look up, translate, keep and review.</source>
        <translation>离线的中英交流助手：阅读、查词、翻译、收藏、复习。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="56" />
        <source>Everything stays on this computer. No account, and no network unless you download a translation model.</source>
        <translation>所有内容都保存在这台电脑上。无需账号；除非你下载翻译模型，否则不联网。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="68" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="68" />
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="68" />
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="72" />
        <source>Dictionary data from CC-CEDICT is shared under the Creative Commons Attribution-ShareAlike 4.0 licence; the slang glossary is written by the Jiaoliu authors.</source>
        <translation>词典数据来自 CC-CEDICT，按知识共享署名-相同方式共享 4.0 许可协议发布；俚语词库由交流的作者编写。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about.py" line="76" />
        <source>Data and libraries</source>
        <translation>数据与程序库</translation>
    </message>
</context>
<context>
    <name>AddCardsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="30" />
        <source>Add study cards</source>
        <translation>添加学习卡片</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="36" />
        <source>Bundled slang</source>
        <translation>内置俚语</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="38" />
        <source>Search the glossary…</source>
        <translation>搜索俚语词库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="45" />
        <source>Phrases</source>
        <translation>短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="46" />
        <source>Glossary entries</source>
        <translation>俚语词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="47" />
        <source>A whole deck</source>
        <translation>整个词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="49" />
        <source>Chinese → meaning and pinyin</source>
        <translation>中文 → 意思和拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="50" />
        <source>Meaning → Chinese</source>
        <translation>意思 → 中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="51" />
        <source>Tone and pinyin drill (typed)</source>
        <translation>声调和拼音练习（输入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="52" />
        <source>Listening</source>
        <translation>听力</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/study_cards.py" line="57" />
        <source>Listening cards need a Chinese text-to-speech voice, and none was found on this computer.</source>
        <translation>听力卡片需要中文语音合成（TTS）声音，这台电脑上没有找到。</translation>
    </message>
</context>
<context>
    <name>CardFace</name>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="74" />
        <source>Play again</source>
        <translation>再听一遍</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="75" />
        <source>Show answer (space)</source>
        <translation>显示答案（空格）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="76" />
        <source>Type the pinyin: tone numbers (ni3 hao3) or marks (nǐ hǎo)</source>
        <translation>输入拼音：数字声调（ni3 hao3）或声调符号（nǐ hǎo）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="103" />
        <source>Again</source>
        <translation>重来</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="103" />
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="103" />
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="103" />
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="138" />
        <source>Say or write it in Chinese.</source>
        <translation>用中文说出来或写出来。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="141" />
        <source>Listen: what does it mean?</source>
        <translation>听一听：这是什么意思？</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="165" />
        <source>Right, tones and all.</source>
        <translation>全对，声调也对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="167" />
        <source>Tone errors (orange): {tone} · spelling errors (red): {spelling}</source>
        <translation>声调错误（橙色）：{tone} · 拼写错误（红色）：{spelling}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="176" />
        <source>&lt;1 min</source>
        <translation>&lt;1 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="178" />
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="180" />
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="183" />
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="185" />
        <source>{n} mo</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/study_card.py" line="186" />
        <source>{n} y</source>
        <translation>{n} 年</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="65" />
        <source>Delete all my data</source>
        <translation>删除我的全部数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="68" />
        <source>This deletes your phrases, sessions, glossary decks, Reader texts, study progress, backups and preferences from this computer. It cannot be undone; export your data first if you may want it back. Jiaoliu closes afterwards and starts fresh next time.

Type {word} to confirm.</source>
        <translation>这将从本机删除你的短语、会话、词库、阅读文本、学习进度、备份和偏好设置，且无法撤销；如果以后可能还需要，请先导出数据。之后交流会关闭，下次启动时从头开始。

输入 {word} 以确认。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="73" />
        <source>Also delete the translation models (they can be downloaded again)</source>
        <translation>同时删除翻译模型（可以重新下载）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="74" />
        <source>Delete everything</source>
        <translation>全部删除</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="96" />
        <source>Glossary entry</source>
        <translation>词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="98" />
        <source>Term:</source>
        <translation>词语：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="99" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="100" />
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="101" />
        <source>Meaning in English:</source>
        <translation>英文释义：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="102" />
        <source>Meaning in Chinese:</source>
        <translation>中文释义：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="103" />
        <source>Literally:</source>
        <translation>字面意思：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="104" />
        <source>Other forms:</source>
        <translation>其他形式：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="105" />
        <source>Register:</source>
        <translation>语体：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="106" />
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="107" />
        <source>Since (year):</source>
        <translation>起始年份：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="108" />
        <source>Examples:</source>
        <translation>例句：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="109" />
        <source>Detection:</source>
        <translation>识别：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="113" />
        <source>Left empty, it is filled in for Chinese terms</source>
        <translation>留空时会为中文词语自动填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="114" />
        <source>Separated by semicolons: spellings, inflections, full forms</source>
        <translation>用分号分隔：拼写、变形、全称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="115" />
        <source>Separated by semicolons, e.g. praise; meme</source>
        <translation>用分号分隔，例如 praise; meme</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="116" />
        <source>One per line: example | translation</source>
        <translation>每行一句：例句 | 译文</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="117" />
        <source>Find the term on its own in texts (untick for ordinary words)</source>
        <translation>在文本中单独识别这个词（普通词语请取消勾选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="154" />
        <source>The term is empty.</source>
        <translation>词语为空。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry_editor.py" line="157" />
        <source>Write what it means, in English or in Chinese.</source>
        <translation>请用英文或中文写出它的意思。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="235" />
        <source>Corrected</source>
        <translation>改正后</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="236" />
        <location filename="../../app/ui/widgets/session_editor.py" line="250" />
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="237" />
        <source>Why (optional)</source>
        <translation>说明（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="238" />
        <source>Changes</source>
        <translation>修改之处</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="239" />
        <source>Start from the original</source>
        <translation>从原文开始改</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="240" />
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="242" />
        <source>The corrected text</source>
        <translation>改正后的文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="243" />
        <source>Explain the correction to the student</source>
        <translation>向学生解释这处修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="248" />
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="249" />
        <source>Answer</source>
        <translation>解答</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="251" />
        <source>Correction</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="252" />
        <location filename="../../app/ui/widgets/session_editor.py" line="271" />
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="265" />
        <source>Add an entry with the buttons above.</source>
        <translation>用上方的按钮添加一条记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="267" />
        <source>The question, or the homework as pasted</source>
        <translation>问题，或粘贴的作业</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="268" />
        <source>The answer or explanation</source>
        <translation>解答或讲解</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="269" />
        <source>Text to translate</source>
        <translation>要翻译的文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="270" />
        <source>Original (as the student wrote it)</source>
        <translation>原文（学生写的）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="288" />
        <source>Saved as phrases: {phrases}</source>
        <translation>已存为短语：{phrases}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="319" />
        <source>Type the corrected text to see the changes.</source>
        <translation>输入改正后的文字即可看到修改之处。</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="74" />
        <source>Point at or click a word to see its dictionary entry.</source>
        <translation>将鼠标指向或点击词语，即可查看词典释义。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="93" />
        <source>Not in the dictionary as one word.</source>
        <translation>词典中没有作为整词收录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="96" />
        <source>Characters</source>
        <translation>单字</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="100" />
        <source>Source: CC-CEDICT (CC BY-SA 4.0)</source>
        <translation>来源：CC-CEDICT（CC BY-SA 4.0）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="106" />
        <source>Slang</source>
        <translation>网络用语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="107" />
        <source>Literally</source>
        <translation>字面意思</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="126" />
        <source>Chinese words for “{word}”</source>
        <translation>“{word}”对应的中文词语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/entry_panel.py" line="128" />
        <source>No Chinese words found for “{word}”.</source>
        <translation>没有找到“{word}”对应的中文词语。</translation>
    </message>
</context>
<context>
    <name>GlossaryTableModel</name>
    <message>
        <location filename="../../app/ui/widgets/glossary_model.py" line="96" />
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/glossary_model.py" line="97" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/glossary_model.py" line="98" />
        <source>Meaning</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/glossary_model.py" line="99" />
        <source>Register</source>
        <translation>语体</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/glossary_model.py" line="100" />
        <source>Deck</source>
        <translation>词库</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <location filename="../../app/ui/views/__init__.py" line="43" />
        <location filename="../../app/ui/views/glossary.py" line="427" />
        <location filename="../../app/ui/views/glossary.py" line="439" />
        <source>Glossary</source>
        <translation>俚语词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="185" />
        <source>Search slang: term, pinyin with or without tones, meaning…</source>
        <translation>搜索俚语：词语、拼音（可不带声调）、释义…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="188" />
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="188" />
        <source>Chinese slang</source>
        <translation>中文网络用语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="188" />
        <source>English slang</source>
        <translation>英文俚语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="190" />
        <source>Any register</source>
        <translation>任意语体</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="191" />
        <source>Hide vulgar/offensive</source>
        <translation>隐藏粗俗/冒犯性词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="193" />
        <source>New deck…</source>
        <translation>新建词库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="194" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="195" />
        <location filename="../../app/ui/views/glossary.py" line="489" />
        <source>Delete deck</source>
        <translation>删除词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="196" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="197" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="198" />
        <source>New entry</source>
        <translation>新建词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="199" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="200" />
        <source>Copy to deck…</source>
        <translation>复制到词库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="201" />
        <source>Save to phrasebook</source>
        <translation>保存到短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="202" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="205" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="206" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="243" />
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="250" />
        <source>All decks ({count})</source>
        <translation>全部词库（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="252" />
        <source>Bundled slang ({count})</source>
        <translation>内置俚语（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="291" />
        <source>Bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="331" />
        <source>No entry matches.</source>
        <translation>没有匹配的词条。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="340" />
        <source>Bundled entry</source>
        <translation>内置词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="340" />
        <source>Your entry</source>
        <translation>你的词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="350" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="351" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="352" />
        <source>Literally</source>
        <translation>字面意思</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="353" />
        <source>Other forms</source>
        <translation>其他形式</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="354" />
        <source>Examples</source>
        <translation>例句</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="355" />
        <source>See also</source>
        <translation>另见</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="356" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="433" />
        <source>Add to which deck?</source>
        <translation>添加到哪个词库？</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="437" />
        <source>A new deck…</source>
        <translation>新词库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="447" />
        <location filename="../../app/ui/views/glossary.py" line="455" />
        <source>New deck</source>
        <translation>新建词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="447" />
        <source>Name of the new deck:</source>
        <translation>新词库的名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="470" />
        <location filename="../../app/ui/views/glossary.py" line="480" />
        <source>Rename deck</source>
        <translation>重命名词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="470" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="491" />
        <source>Deleted the deck “{name}”. Undo with Ctrl+Z.</source>
        <translation>已删除词库“{name}”。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="510" />
        <source>Add entry</source>
        <translation>添加词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="533" />
        <source>Edit entry</source>
        <translation>编辑词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="541" />
        <source>Copy “{term}” to which deck?</source>
        <translation>将“{term}”复制到哪个词库？</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="550" />
        <source>Delete entries</source>
        <translation>删除词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="553" />
        <source>Deleted {count} entries. Undo with Ctrl+Z.</source>
        <translation>已删除 {count} 个词条。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="560" />
        <location filename="../../app/ui/views/glossary.py" line="593" />
        <source>Import glossary</source>
        <translation>导入词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="560" />
        <source>Glossary files (*.csv *.json *.apkg)</source>
        <translation>词库文件 (*.csv *.json *.apkg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="583" />
        <source>Imported {added} entries into “{deck}” ({replaced} replaced).</source>
        <translation>已向“{deck}”导入 {added} 个词条（替换 {replaced} 个）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="590" />
        <source>Nothing was imported. Please fix the file and try again:</source>
        <translation>未导入任何内容。请修正文件后重试：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="592" />
        <source>Nothing was imported: {error}</source>
        <translation>未导入任何内容：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="602" />
        <source>Export glossary</source>
        <translation>导出词库</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="602" />
        <source>CSV (*.csv);;JSON (*.json);;Anki deck (*.apkg)</source>
        <translation>CSV (*.csv);;JSON (*.json);;Anki 牌组 (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="608" />
        <source>Choose a file ending in .csv, .json or .apkg.</source>
        <translation>请选择以 .csv、.json 或 .apkg 结尾的文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/glossary.py" line="628" />
        <source>Exported {count} entries to {file}.</source>
        <translation>已将 {count} 个词条导出到 {file}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="102" />
        <source>Jiaoliu 交流</source>
        <translation>交流 Jiaoliu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104" />
        <source>&amp;Open Text File…</source>
        <translation>打开文本文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105" />
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107" />
        <source>Your &amp;Data…</source>
        <translation>你的数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="109" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110" />
        <source>&amp;About Jiaoliu</source>
        <translation>关于交流(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111" />
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>Dictionary ready</source>
        <translation>词典已就绪</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179" />
        <source>Dictionary not ready</source>
        <translation>词典尚未就绪</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206" />
        <location filename="../../app/ui/main_window.py" line="225" />
        <source>Open Text File</source>
        <translation>打开文本文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206" />
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>文本文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217" />
        <source>the file is larger than 5 MB</source>
        <translation>文件超过 5 MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>it is not UTF-8 text</source>
        <translation>它不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226" />
        <source>The file could not be opened: {reason}.</source>
        <translation>无法打开文件：{reason}。</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="96" />
        <source>Translation models</source>
        <translation>翻译模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="97" />
        <source>Installed on this computer</source>
        <translation>已安装在这台电脑上</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="98" />
        <source>Official English↔Chinese models</source>
        <translation>官方英汉互译模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="99" />
        <source>Fetch the list (uses the internet)</source>
        <translation>获取列表（需要联网）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="100" />
        <source>Install from file…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="101" />
        <source>Download and install</source>
        <translation>下载并安装</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="102" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="103" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="104" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="104" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="104" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="144" />
        <source>Fetching the list of models…</source>
        <translation>正在获取模型列表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="154" />
        <source>Downloading {model}…</source>
        <translation>正在下载 {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="161" />
        <source>Install a model</source>
        <translation>安装模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="161" />
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Argos 模型 (*.argosmodel);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="166" />
        <source>Installing…</source>
        <translation>正在安装…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="173" />
        <source>Removing {model}…</source>
        <translation>正在删除 {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="202" />
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/models_dialog.py" line="213" />
        <source>Cancelled; nothing was installed.</source>
        <translation>已取消，未安装任何内容。</translation>
    </message>
</context>
<context>
    <name>MyDataDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="136" />
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="177" />
        <source>Your data</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="139" />
        <source>Jiaoliu backs up your data automatically once a day and keeps the newest {keep} backups. Before a restore, a safety copy of your current data is added to the list.</source>
        <translation>交流每天自动备份一次你的数据，并保留最新的 {keep} 个备份。恢复之前，会把当前数据的安全副本加入列表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="143" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="143" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="143" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="144" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="145" />
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="146" />
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="147" />
        <source>Export all my data…</source>
        <translation>导出我的全部数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="148" />
        <source>Delete all my data…</source>
        <translation>删除我的全部数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="155" />
        <source>Safety copy (before a restore)</source>
        <translation>安全副本（恢复前）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="155" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="183" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="191" />
        <source>Backed up to {file}.</source>
        <translation>已备份到 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="204" />
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="204" />
        <source>Jiaoliu databases (*.db);;All files (*)</source>
        <translation>交流数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="213" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="215" />
        <source>Replace your current data with {file}?

A safety copy of your current data is kept first and appears in the list of backups, so you can go back. Jiaoliu then reloads your data.</source>
        <translation>用 {file} 替换你当前的数据吗？

会先保留当前数据的安全副本并显示在备份列表中，你可以随时恢复回来。之后交流会重新载入数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="236" />
        <source>Restored {file}. Your previous data was kept as {copy}.</source>
        <translation>已恢复 {file}。之前的数据已保存为 {copy}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="244" />
        <source>Export all my data</source>
        <translation>导出我的全部数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="244" />
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="250" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="261" />
        <source>All your data was exported to {file}.</source>
        <translation>你的全部数据已导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="271" />
        <source>Nothing was deleted.</source>
        <translation>没有删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="288" />
        <source>All your data was deleted. Jiaoliu will now close; it starts fresh next time.</source>
        <translation>你的全部数据已删除。交流现在将关闭，下次启动时从头开始。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="290" />
        <source>These could not be deleted:</source>
        <translation>以下内容无法删除：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/my_data_dialog.py" line="291" />
        <source>Delete all my data</source>
        <translation>删除我的全部数据</translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="72" />
        <source>Save to phrasebook</source>
        <translation>保存到短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="74" />
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="75" />
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="76" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="77" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="78" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="79" />
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="83" />
        <source>Filled in automatically for Chinese</source>
        <translation>中文会自动填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="84" />
        <source>Comma-separated, e.g. slang, week 1</source>
        <translation>用逗号分隔，例如 slang, 第一周</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="85" />
        <source>Where it comes from: a post, a person, a link</source>
        <translation>来自哪里：一篇帖子、一个人、一个链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/phrase_dialog.py" line="139" />
        <source>Saved to your phrasebook.</source>
        <translation>已保存到短语本。</translation>
    </message>
</context>
<context>
    <name>PhraseTableModel</name>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="149" />
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="150" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="151" />
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="152" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="153" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="154" />
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/phrase_model.py" line="155" />
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
</context>
<context>
    <name>PhrasebookView</name>
    <message>
        <location filename="../../app/ui/views/__init__.py" line="49" />
        <source>Phrasebook</source>
        <translation>短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="165" />
        <source>Search phrases: text, translation, pinyin with or without tones, note…</source>
        <translation>搜索短语：原文、翻译、拼音（带不带声调都行）、备注…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="168" />
        <source>New phrase…</source>
        <translation>新建短语…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="169" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="170" />
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="171" />
        <source>Remove tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="172" />
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="173" />
        <source>Export all…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="176" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="177" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="212" />
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="253" />
        <source>{shown} of {total} phrases</source>
        <translation>{shown} / {total} 条短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="253" />
        <source>{total} phrases</source>
        <translation>{total} 条短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="312" />
        <source>No phrases yet. Save one from the Reader (select text, Ctrl+S), a translation, the Glossary or a session, or add one with “New phrase…”.</source>
        <translation>还没有短语。可以从阅读器（选中文字，Ctrl+S）、翻译、词汇表或辅导记录中保存，也可以用“新建短语…”添加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="316" />
        <source>No phrase matches.</source>
        <translation>没有匹配的短语。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="344" />
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="348" />
        <source>Show it there</source>
        <translation>在原处查看</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="350" />
        <source>Added {date}</source>
        <translation>添加于 {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="356" />
        <source>Saved from the Reader</source>
        <translation>保存自阅读器</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="357" />
        <source>Saved from a translation</source>
        <translation>保存自翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="358" />
        <source>Saved from the Glossary</source>
        <translation>保存自词汇表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="359" />
        <source>Saved from a session</source>
        <translation>保存自辅导记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="361" />
        <source>Typed in</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="383" />
        <source>The place this phrase came from no longer exists.</source>
        <translation>这条短语的来源已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="426" />
        <source>Add phrase</source>
        <translation>添加短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="448" />
        <source>Edit phrase</source>
        <translation>编辑短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="469" />
        <source>Delete phrases</source>
        <translation>删除短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="472" />
        <source>Deleted {count} phrases. Undo with Ctrl+Z.</source>
        <translation>已删除 {count} 条短语。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="488" />
        <location filename="../../app/ui/views/phrasebook.py" line="502" />
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="488" />
        <location filename="../../app/ui/views/phrasebook.py" line="502" />
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="489" />
        <source>Tag for the {count} selected phrases:</source>
        <translation>给所选的 {count} 条短语的标签：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="521" />
        <source>Export phrases</source>
        <translation>导出短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="523" />
        <source>CSV (*.csv);;JSON (*.json);;Anki deck (*.apkg)</source>
        <translation>CSV (*.csv);;JSON (*.json);;Anki 牌组 (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="529" />
        <source>Choose a file ending in .csv, .json or .apkg.</source>
        <translation>请选择以 .csv、.json 或 .apkg 结尾的文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/phrasebook.py" line="551" />
        <source>Exported {count} phrases to {file}.</source>
        <translation>已导出 {count} 条短语到 {file}。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="107" />
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="109" />
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="110" />
        <source>Pinyin style:</source>
        <translation>拼音样式：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="111" />
        <source>Reader text size:</source>
        <translation>阅读器字号：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="112" />
        <source>Tone sandhi:</source>
        <translation>变调：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="113" />
        <source>Tone colours:</source>
        <translation>声调颜色：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="114" />
        <source>Colours for tones 1–5:</source>
        <translation>第 1–5 声的颜色：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="115" />
        <source>Glossary:</source>
        <translation>词库：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="116" />
        <source>Study: remember at least</source>
        <translation>学习：目标记忆率</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="117" />
        <source>Study: new cards a day</source>
        <translation>学习：每天新卡片数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="121" />
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="124" />
        <source>Tone marks (nǐ hǎo)</source>
        <translation>声调符号（nǐ hǎo）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="124" />
        <source>Tone numbers (ni3 hao3)</source>
        <translation>数字声调（ni3 hao3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="124" />
        <source>Zhuyin (ㄋㄧˇ ㄏㄠˇ)</source>
        <translation>注音符号（ㄋㄧˇ ㄏㄠˇ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="127" />
        <source>Show tones as spoken</source>
        <translation>按实际读音显示声调</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="128" />
        <source>Colour characters and pinyin by tone</source>
        <translation>按声调给汉字和拼音着色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="129" />
        <source>Hide vulgar and offensive entries</source>
        <translation>隐藏粗俗和冒犯性词条</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="130" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="131" />
        <source>Your data: backups, export, delete…</source>
        <translation>你的数据：备份、导出、删除…</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../app/ui/widgets/progress_strip.py" line="26" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../app/ui/views/reader.py" line="160" />
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="162" />
        <source>Tone marks</source>
        <translation>声调符号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="163" />
        <source>Tone numbers</source>
        <translation>数字声调</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="164" />
        <source>Zhuyin</source>
        <translation>注音</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="168" />
        <source>Show pinyin</source>
        <translation>显示拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="169" />
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="170" />
        <source>Tone sandhi</source>
        <translation>变调</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="171" />
        <source>Show the tones as spoken: 不 and 一 change, and 3-3 becomes 2-3.</source>
        <translation>按实际读音显示声调：“不”和“一”会变调，两个三声相连时前一个读二声。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="172" />
        <source>Tone colours</source>
        <translation>声调颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="173" />
        <source>Copy as pinyin</source>
        <translation>复制为拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="174" />
        <source>Copy the whole text as pinyin (Ctrl+Shift+C)</source>
        <translation>将全文复制为拼音（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="175" />
        <source>Save to phrasebook</source>
        <translation>保存到短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="176" />
        <source>Save the selected text, or the word you clicked, as a phrase (Ctrl+S)</source>
        <translation>把选中的文字或点过的词保存为短语（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="177" />
        <source>Paste or type Chinese, English or mixed text…</source>
        <translation>粘贴或输入中文、英文或中英混合文本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="178" />
        <source>Look up: 汉字, pinyin (ni3 hao3, nǐ hǎo) or English</source>
        <translation>查词：汉字、拼音（ni3 hao3、nǐ hǎo）或英文</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="243" />
        <source>This text has {total} characters; the Reader shows the first {shown}. The whole text stays in the editor.</source>
        <translation>这段文本共有 {total} 个字符，阅读器只显示前 {shown} 个。完整文本仍保留在编辑框中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="315" />
        <source>The text could not be annotated: {error}</source>
        <translation>无法为文本添加注音：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="340" />
        <source>The text could not be saved: {error}</source>
        <translation>无法保存文本：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="376" />
        <location filename="../../app/ui/views/reader.py" line="416" />
        <source>The dictionary is being prepared; this takes a few seconds the first time.</source>
        <translation>正在准备词典；首次使用需要几秒钟。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="428" />
        <source>Copied the text as pinyin.</source>
        <translation>已将文本复制为拼音。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reader.py" line="459" />
        <source>Select some text, or click a word, to save it as a phrase.</source>
        <translation>先选中文字或点一个词，再把它保存为短语。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/__init__.py" line="39" />
        <source>Reader</source>
        <translation>阅读器</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="112" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="112" />
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="112" />
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="112" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="116" />
        <source>I help with English</source>
        <translation>我帮对方学英语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="117" />
        <source>They help me with Chinese</source>
        <translation>对方帮我学中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="118" />
        <source>Both ways</source>
        <translation>互相帮助</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="122" />
        <source>What is this session about?</source>
        <translation>这次辅导是关于什么的？</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="123" />
        <source>Name or handle</source>
        <translation>名字或账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="124" />
        <source>e.g. English essay, slang</source>
        <translation>例如：英语作文、俚语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="125" />
        <location filename="../../app/ui/widgets/session_editor.py" line="168" />
        <source>End session</source>
        <translation>结束本轮</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="125" />
        <location filename="../../app/ui/widgets/session_editor.py" line="168" />
        <source>Start timer</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_editor.py" line="154" />
        <source>Duration {time} · {entries} entries · {corrections} corrections · {phrases} phrases saved</source>
        <translation>时长 {time} · {entries} 条记录 · {corrections} 处修改 · 保存了 {phrases} 个短语</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="83" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="84" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="85" />
        <location filename="../../app/ui/widgets/session_log.py" line="185" />
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="86" />
        <location filename="../../app/ui/widgets/session_log.py" line="276" />
        <source>Save as phrase</source>
        <translation>存为短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="87" />
        <source>Save the selected words, or the whole entry, to your phrases</source>
        <translation>把选中的文字（或整条记录）存入你的短语本</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="171" />
        <source>Add entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="203" />
        <source>Move entry</source>
        <translation>移动记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="238" />
        <source>Edit entry</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="263" />
        <source>Select the words to save first.</source>
        <translation>请先选中要保存的文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="280" />
        <source>Saved to your phrases.</source>
        <translation>已存入你的短语本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="295" />
        <source>Translating…</source>
        <translation>正在翻译…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="308" />
        <source>No translation: install a translation model with Translate › Models…</source>
        <translation>没有译文：请在“翻译 › 模型…”中安装翻译模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="315" />
        <source>Dictionary gloss: no translation model is installed.</source>
        <translation>词典逐词释义：尚未安装翻译模型。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="315" />
        <source>Translated.</source>
        <translation>已翻译。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/session_log.py" line="320" />
        <source>Sessions</source>
        <translation>辅导记录</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="116" />
        <source>Search sessions: title, partner, subject, any entry…</source>
        <translation>搜索辅导记录：标题、伙伴、主题或任何记录内容…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="118" />
        <source>Any direction</source>
        <translation>所有方向</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="119" />
        <source>I help with English</source>
        <translation>我帮对方学英语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="120" />
        <source>They help me with Chinese</source>
        <translation>对方帮我学中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="121" />
        <source>Both ways</source>
        <translation>互相帮助</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="124" />
        <source>New session</source>
        <translation>新建辅导</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="125" />
        <location filename="../../app/ui/views/sessions.py" line="251" />
        <source>Delete session</source>
        <translation>删除辅导</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="126" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="127" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="128" />
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="129" />
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="130" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="134" />
        <location filename="../../app/ui/views/sessions.py" line="150" />
        <source>Any subject</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="236" />
        <source>Session of {date}</source>
        <translation>{date} 的辅导</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="250" />
        <source>Delete the session “{title}” and all its entries? Phrases saved from it stay.</source>
        <translation>删除辅导“{title}”及其所有记录吗？从中保存的短语会保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="284" />
        <source>A session needs a title; the last one is kept.</source>
        <translation>辅导需要标题，已保留原来的标题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="296" />
        <source>Edit session</source>
        <translation>编辑辅导</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="387" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="388" />
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="389" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="392" />
        <location filename="../../app/ui/views/sessions.py" line="414" />
        <source>Export session</source>
        <translation>导出辅导</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="396" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="409" />
        <source>Exported the session to {file}.</source>
        <translation>已将辅导导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sessions.py" line="413" />
        <source>The session was not exported: {error}</source>
        <translation>辅导未能导出：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/__init__.py" line="51" />
        <source>Sessions</source>
        <translation>辅导记录</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/app.py" line="57" />
        <source>Start with a new, empty database? The damaged file is kept beside it, renamed, so nothing is deleted.</source>
        <translation>要使用一个新的空数据库吗？损坏的文件会改名后保留在原处，不会删除任何内容。</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../app/ui/views/stats.py" line="71" />
        <source>Reviews per day</source>
        <translation>每日复习量</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="72" />
        <source>Retention (learned cards recalled)</source>
        <translation>记忆保持率（已学卡片答对的比例）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="73" />
        <source>Due in the next 30 days</source>
        <translation>未来 30 天的到期卡片</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="77" />
        <source>Loading statistics…</source>
        <translation>正在加载统计…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="104" />
        <source>Days in a row: {days}</source>
        <translation>连续学习天数：{days}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="108" />
        <source>Reviews: {total} in all, {today} today · retention {retention} · cards: {new} new, {review} in review</source>
        <translation>复习：共 {total} 次，今天 {today} 次 · 保持率 {retention} · 卡片：新卡 {new}，复习中 {review}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/stats.py" line="160" />
        <source>last 30 days, today on the right</source>
        <translation>最近 30 天，最右边是今天</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <location filename="../../app/ui/views/study.py" line="158" />
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="159" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="160" />
        <source>Add cards…</source>
        <translation>添加卡片…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="161" />
        <location filename="../../app/ui/views/study.py" line="279" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="161" />
        <location filename="../../app/ui/views/study.py" line="279" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="162" />
        <source>Undo grade</source>
        <translation>撤销评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="163" />
        <source>End session</source>
        <translation>结束本轮</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="164" />
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="165" />
        <source>Suspend this card</source>
        <translation>暂停这张卡片</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="166" />
        <source>Bury until tomorrow</source>
        <translation>搁置到明天</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="167" />
        <source>Reset (make it new again)…</source>
        <translation>重置（重新作为新卡片）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="168" />
        <source>Unsuspend all cards</source>
        <translation>恢复所有暂停的卡片</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="169" />
        <source>Remove them…</source>
        <translation>删除这些卡片…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="170" />
        <source>Paused. The clock is stopped; press Resume to go on.</source>
        <translation>已暂停，计时也停了；点“继续”接着复习。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="171" />
        <source>Study the rest</source>
        <translation>继续复习剩下的</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="296" />
        <source>Session finished. Cards: {cards} · time: {time} · answered right: {accuracy}</source>
        <translation>本轮结束。卡片：{cards} · 用时：{time} · 答对：{accuracy}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="300" />
        <source>Still due: {count}</source>
        <translation>还有待复习：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="304" />
        <source>Coming back later today: {count}</source>
        <translation>今天稍后还会出现：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="340" />
        <source>Cards whose phrase or glossary entry was deleted: {count}</source>
        <translation>短语或词条已被删除的卡片：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="348" />
        <source>Remove the cards whose phrase or entry was deleted ({count})? Their review history is kept.</source>
        <translation>删除短语或词条已被删除的卡片（{count}）？复习记录会保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="405" />
        <source>New study cards: {count}</source>
        <translation>新增学习卡片：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/__init__.py" line="52" />
        <location filename="../../app/ui/views/study.py" line="247" />
        <location filename="../../app/ui/views/study.py" line="350" />
        <location filename="../../app/ui/views/study.py" line="382" />
        <location filename="../../app/ui/views/study.py" line="403" />
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="255" />
        <location filename="../../app/ui/views/study.py" line="260" />
        <source>There is no grade to undo.</source>
        <translation>没有可以撤销的评分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="302" />
        <source>Nothing is due right now.</source>
        <translation>现在没有要复习的卡片。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="330" />
        <source>Due: {learning} learning · {review} review · {new} new</source>
        <translation>待复习：学习中 {learning} · 复习 {review} · 新卡 {new}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/study.py" line="381" />
        <source>Make this card new again? Its schedule starts over; past reviews stay in the statistics.</source>
        <translation>把这张卡片重新设为新卡片？复习安排将从头开始，以往的复习仍计入统计。</translation>
    </message>
</context>
<context>
    <name>TranslateView</name>
    <message>
        <location filename="../../app/ui/views/translate.py" line="140" />
        <source>Automatic direction</source>
        <translation>自动判断方向</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="140" />
        <source>English → Chinese</source>
        <translation>英译中</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="140" />
        <source>Chinese → English</source>
        <translation>中译英</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="143" />
        <source>Swap</source>
        <translation>互换</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="144" />
        <source>Explain slang to the model</source>
        <translation>向模型解释俚语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="147" />
        <source>Give the translation model a plain paraphrase of each slang term, so it translates the meaning instead of the words</source>
        <translation>把每个俚语的通俗说法交给翻译模型，让它翻译意思而不是字面</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/__init__.py" line="41" />
        <location filename="../../app/ui/views/translate.py" line="151" />
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="152" />
        <source>Translate (Ctrl+Enter)</source>
        <translation>翻译（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="153" />
        <source>Translate clipboard</source>
        <translation>翻译剪贴板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="154" />
        <source>Paste and translate (Ctrl+Shift+V)</source>
        <translation>粘贴并翻译（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="155" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="156" />
        <source>Save phrase</source>
        <translation>收藏短语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="157" />
        <source>Models…</source>
        <translation>模型…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="158" />
        <source>Paste a post in English or Chinese, or both…</source>
        <translation>粘贴一段英文、中文或中英混合的帖子…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="161" />
        <source>No translation model is installed. Until one is, you get a word-by-word dictionary gloss. Models are downloaded only when you ask.</source>
        <translation>尚未安装翻译模型。安装之前，你会看到逐词的词典释义。只有在你要求时才会下载模型。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="165" />
        <source>Download English↔Chinese models…</source>
        <translation>下载英汉互译模型…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="166" />
        <source>Install from file…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="200" />
        <source>Copied the translation.</source>
        <translation>已复制译文。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="211" />
        <source>This text has {count} characters; translate at most {limit} at a time.</source>
        <translation>这段文本有 {count} 个字符；每次最多翻译 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="285" />
        <source>Dictionary gloss, not a translation</source>
        <translation>词典逐词释义，不是翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="287" />
        <source>Translated offline by {model}</source>
        <translation>由 {model} 离线翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="320" />
        <source>Slang in this post</source>
        <translation>本帖中的俚语</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="327" />
        <source>Check these sentences</source>
        <translation>请核对这些句子</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="337" />
        <source>No slang found and nothing looks wrong.</source>
        <translation>没有发现俚语，也没有发现问题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="343" />
        <source>the translation repeats itself</source>
        <translation>译文出现重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="344" />
        <source>part of it was not translated</source>
        <translation>有部分内容没有翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="345" />
        <source>its length does not match the original</source>
        <translation>译文长度与原文不相称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="346" />
        <source>it adds an aside such as (laughter) that is not in the original</source>
        <translation>译文加入了原文没有的旁注，如（笑声）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="347" />
        <source>the model gave nothing back</source>
        <translation>模型没有给出译文</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="348" />
        <source>a term from your deck went missing</source>
        <translation>你词库中的一个词在译文中丢失了</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/translate.py" line="414" />
        <source>Saved to your phrases.</source>
        <translation>已收藏到你的短语。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/ui/app.py" line="122" />
        <source>Preparing dictionary… {percent}%</source>
        <translation>正在准备词典… {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="131" />
        <source>Dictionary unavailable: {error}</source>
        <translation>词典不可用：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="140" />
        <source>The slang glossary could not be loaded: {error}</source>
        <translation>无法加载俚语词库：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="179" />
        <source>Something went wrong: {error}</source>
        <translation>出错了：{error}</translation>
    </message>
</context>
</TS>