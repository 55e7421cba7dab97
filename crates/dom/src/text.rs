//! The binding's own words, in both languages.

use crate::prelude::*;

use shanfang_core::report::Lang;

pub struct Ui {
    pub summary_title: &'static str,
    pub error: &'static str,
    pub warning: &'static str,
    pub data_format: &'static str,
    pub clause_text: fn(&str) -> String,
    pub counts: fn(usize, usize) -> String,
    /// Before the person acted on them, requirements still unmet are
    /// counted in neutral words (GOV.UK: errors only after an attempt).
    pub to_fill: fn(usize) -> String,
    pub counts_and_to_fill: fn(usize, usize, usize) -> String,
    pub all_clear: &'static str,
    /// The task list: its label, each section's state, what is left.
    pub tasks_label: &'static str,
    pub not_started: &'static str,
    pub in_progress: &'static str,
    pub completed: &'static str,
    pub still_needed: fn(usize) -> String,
    pub advice: fn(usize) -> String,
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
    to_fill: |n| format!("还需填写 {n} 项"),
    counts_and_to_fill: |e, w, n| format!("还有 {e} 项错误、{w} 项建议；另需填写 {n} 项"),
    all_clear: "已满足标准的全部要求，可以提交",
    tasks_label: "填写进度",
    not_started: "未开始",
    in_progress: "未完成",
    completed: "已完成",
    still_needed: |n| format!("还需填写 {n} 项"),
    advice: |n| format!("建议 {n} 项"),
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
    to_fill: |n| format!("{n} answers still needed"),
    counts_and_to_fill: |e, w, n| format!("{e} errors and {w} recommendations left; {n} more answers needed"),
    all_clear: "Every requirement of the standard is met: ready to submit",
    tasks_label: "Your progress",
    not_started: "Not started",
    in_progress: "In progress",
    completed: "Completed",
    still_needed: |n| format!("{n} answers still needed"),
    advice: |n| format!("{n} recommendations"),
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
