package gongkai.model;

/**
 * An online service item (办事服务) that a policy offers ("阅后即办").
 *
 * @param name the service's name, e.g. 养老服务补贴申领
 * @param url where the service is done, an absolute http(s) address
 * @param mention the words of the 正文 that tell readers about the service; they link to it
 */
public record Service(String name, String url, String mention) {}
