pragma solidity ^0.5.17;

contract Relay {
    address public owner = msg.sender;

    function execute(address target, bytes memory data) public {
        require(msg.sender == owner);
        target.call(data); // @vuln category=unchecked_low_level_calls
    }
}
