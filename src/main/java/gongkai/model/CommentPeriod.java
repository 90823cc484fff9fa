package gongkai.model;

import java.time.LocalDate;

/** The period in which a draft (征求意见稿) takes public comments, both days included. */
public record CommentPeriod(LocalDate opens, LocalDate closes) {}
