//! The binding's own words, in both languages.

use shanfang_core::report::Lang;

pub struct Ui {
    pub summary_title: &'static str,
    pub error: &'static str,
    pub warning: &'static str,
    pub data_format: &'static str,
    pub clause_text: fn(&str) -> String,
    pub counts: fn(usize, usize) -> String,
    pub all_clear: &'static str,
    pub title_prefix: &'static str,
    pub steward: fn(usize) -> String,
    pub switch_to: &'static str,
    pub show_list: &'static str,
    pub hide_list: &'static str,
    pub catalogue_link: fn(&str) -> String,
    /// The "passed" panel's words (the standalone page's).
    #[cfg_attr(not(feature = "page"), allow(dead_code))]
    pub submitted: &'static str,
    #[cfg_attr(not(feature = "page"), allow(dead_code))]
    pub submitted_with_warnings: fn(usize) -> String,
}

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

static ZH: Ui = Ui {
    summary_title: "存在以下问题",
    error: "错误",
    warning: "建议",
    data_format: "数据格式",
    clause_text: |c| format!("第{c}条原文"),
    counts: |e, w| format!("还有 {e} 项错误、{w} 项建议"),
    all_clear: "已满足标准的全部要求，可以提交",
    title_prefix: "错误：",
    steward: |n| format!("红色管家 {n}"),
    switch_to: "English",
    show_list: "查看清单",
    hide_list: "收起清单",
    catalogue_link: |c| format!("第{c}条在条款目录中的说明"),
    submitted: "没有需要修改的问题。可以下载申报数据或打印申报记录。",
    submitted_with_warnings: |w| format!("另有 {w} 项建议（宜）供改进参考，见各栏目下的提示；不影响提交。"),
};

static EN: Ui = Ui {
    summary_title: "There is a problem",
    error: "Error",
    warning: "Recommendation",
    data_format: "data format",
    clause_text: |c| format!("Text of clause {c}"),
    counts: |e, w| format!("{e} errors and {w} recommendations left"),
    all_clear: "Every requirement of the standard is met: ready to submit",
    title_prefix: "Error: ",
    steward: |n| format!("Red steward {n}"),
    switch_to: "中文",
    show_list: "Show the list",
    hide_list: "Hide the list",
    catalogue_link: |c| format!("Clause {c} in the catalogue"),
    submitted: "Nothing to correct. Download the filing data or print the filing record.",
    submitted_with_warnings: |w| {
        format!("{w} recommendations (宜) to consider are shown under their sections; they do not block the filing.")
    },
};
